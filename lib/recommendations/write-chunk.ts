// Writes one chunk in ONE transaction: its recommendations and exposures (one multi-row INSERT …
// SELECT FROM unnest(…) ON CONFLICT DO NOTHING each) and the run's cursor, counters and renewed
// lease. Up to two chunks are written at once on two connections (the inserts dominate the build);
// they still commit in order: each chunk holds an advisory lock on its sequence number, and takes
// the previous chunk's lock (shared) before touching the run row, whose update is conditional on the
// exact lease and cursor the previous chunk left. So the cursor only ever covers committed chunks,
// and a caller whose lease was taken over writes nothing.
import { bulkTransaction } from "@/lib/db/bulk";
import { uuid7 } from "./uuid7";

export type ChunkRows = { userIds: string[]; targetIds: string[]; ranks: number[]; scores: number[]; relaxLevels: number[] };

export type ChunkTotals = {
  cursor: string;
  eligibleCount: number;
  processedCount: number;
  recommendationsCount: number;
  fullCount: number;
  emptyCount: number;
  chunks: number;
  durationMs: number;
  stats: object;
};

export type ChunkWrite = {
  week: string;
  /** advisory lock space of this week's run */
  lockKey: number;
  /** sequence number of this chunk in the run (the run's chunk count before it) */
  seq: number;
  /** the run row this chunk expects: the lease and cursor the previous chunk left */
  expectLease: Date;
  expectCursor: string | null;
  newLease: Date;
  rows: ChunkRows;
  totals: ChunkTotals;
};

// The timestamp(3) columns hold UTC (Prisma's convention): instants are passed as ISO strings and
// converted explicitly, whatever the session time zone is.
const utc = (n: number) => `($${n}::timestamptz AT TIME ZONE 'UTC')`;

// Columns travel as one comma-separated text parameter each (split by the database): a single string
// per column instead of a 20,000-element array keeps the build's garbage (and memory) low. Row ids are
// time-ordered UUIDs made in the database from a per-chunk uuid7 prefix and the row number, so the
// primary-key index only ever appends.
const col = (n: number, type: string) => `string_to_array($${n}, ',')::${type}[]`;
const rowId = `(left($3, 24) || lpad(to_hex(x.n), 12, '0'))::uuid`;

const INSERT_RECS = `
INSERT INTO "Recommendation" ("id", "userId", "targetId", "batchWeek", "rank", "score", "relaxLevel", "createdAt")
SELECT ${rowId}, x.u, x.t, $1, x.r, x.s, x.l, ${utc(2)}
  FROM unnest(${col(4, "uuid")}, ${col(5, "uuid")}, ${col(6, "int")}, ${col(7, "float8")}, ${col(8, "int")}) WITH ORDINALITY AS x(u, t, r, s, l, n)
ON CONFLICT ("userId", "targetId", "batchWeek") DO NOTHING`;

const INSERT_EXPOSURES = `
INSERT INTO "ExposureLog" ("id", "userId", "targetId", "batchWeek", "reason", "seenAt")
SELECT ${rowId}, x.u, x.t, $1, 'weekly_rec', ${utc(2)}
  FROM unnest(${col(4, "uuid")}, ${col(5, "uuid")}) WITH ORDINALITY AS x(u, t, n)
ON CONFLICT ("userId", "targetId", "batchWeek") DO NOTHING`;

const UPDATE_RUN = `
UPDATE "RecommendationRun"
   SET "leaseUntil" = ${utc(2)}, "cursor" = $3, "eligibleCount" = $4, "processedCount" = $5, "recommendationsCount" = $6,
       "fullCount" = $7, "emptyCount" = $8, "chunks" = $9, "durationMs" = $10, "stats" = $11::jsonb
 WHERE "week" = $1 AND "status" = 'RUNNING' AND "leaseUntil" = ${utc(12)} AND "cursor" IS NOT DISTINCT FROM $13`;

export class ChunkRejected extends Error {
  constructor(week: string) {
    super(`the run of ${week} moved on without this chunk (lease taken over or an earlier chunk failed)`);
    this.name = "ChunkRejected";
  }
}

/**
 * Rows in member id order, so each index receives sorted runs of keys. A chunk is a contiguous range
 * of the week's rotated id order: already sorted, except the one chunk that wraps around.
 */
function sortedByUser(rows: ChunkRows): ChunkRows {
  let sorted = true;
  for (let i = 1; i < rows.userIds.length && sorted; i++) sorted = rows.userIds[i - 1] <= rows.userIds[i];
  if (sorted) return rows;
  const order = rows.userIds.map((_, i) => i).sort((x, y) => (rows.userIds[x] < rows.userIds[y] ? -1 : rows.userIds[x] > rows.userIds[y] ? 1 : x - y));
  const pick = <T>(a: T[]) => order.map((i) => a[i]);
  return { userIds: pick(rows.userIds), targetIds: pick(rows.targetIds), ranks: pick(rows.ranks), scores: pick(rows.scores), relaxLevels: pick(rows.relaxLevels) };
}

/**
 * Returns how many recommendations were inserted (ON CONFLICT may skip rows; the counters written
 * here assume none were skipped and the run's final update recounts).
 */
export async function writeChunk(w: ChunkWrite): Promise<number> {
  const rows = sortedByUser(w.rows);
  const now = new Date().toISOString();
  const columns = [rows.userIds.join(","), rows.targetIds.join(",")];
  return bulkTransaction(async (tx) => {
    // a crash may lose the last chunks' commits: their cursor goes with them, so a resumed run redoes them
    await tx.exec(`SET LOCAL synchronous_commit = off`);
    await tx.exec(`SELECT pg_advisory_xact_lock($1::int, $2::int)`, [w.lockKey, w.seq]);
    let inserted = 0;
    if (rows.userIds.length > 0) {
      const ranks = rows.ranks.join(",");
      // prepared once per connection: planning these takes ~20 ms each time
      inserted = await tx.exec(INSERT_RECS, [w.week, now, uuid7(), ...columns, ranks, rows.scores.join(","), rows.relaxLevels.join(",")], "recs_insert_recommendations");
      await tx.exec(INSERT_EXPOSURES, [w.week, now, uuid7(), ...columns], "recs_insert_exposures");
    }
    // wait for the previous chunk's transaction to end (commit or roll back) before the run row
    if (w.seq > 0) await tx.exec(`SELECT pg_advisory_xact_lock_shared($1::int, $2::int)`, [w.lockKey, w.seq - 1]);
    const t = w.totals;
    const params: unknown[] = [w.week, w.newLease.toISOString(), t.cursor, t.eligibleCount, t.processedCount, t.recommendationsCount, t.fullCount, t.emptyCount];
    params.push(t.chunks, t.durationMs, JSON.stringify(t.stats), w.expectLease.toISOString(), w.expectCursor);
    const updated = await tx.exec(UPDATE_RUN, params, "recs_update_run");
    if (updated !== 1) throw new ChunkRejected(w.week);
    return inserted;
  });
}
