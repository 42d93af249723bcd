// The pair history of the eligible members in one scan of each pair table: exposures of the last 12
// weeks, all likes, blocks and matches. The database maps member ids to dense numbers (a hash join
// on the id array) so only small integers travel, one text row per member ("n·8+code,…"); the
// ExposureLog scan is split into page ranges (ctid) read concurrently, so PostgreSQL uses more
// than one core. The result is two CSR adjacency lists (both directions) plus the behaviour counts.
import { bulkQuery, bulkTransaction } from "@/lib/db/bulk";

import { ACT_MET_DISLIKED, ACT_MET_LIKED, ACT_PASS, ACT_REPORT, isExposure, isWindowLike, PAIR_BLOCK_OR_MATCH, PAIR_LIKE_IN_WINDOW, PAIR_LIKE_LAST, PAIR_LIKE_OLDER, PAIR_SHOWN_LAST, PAIR_SHOWN_OLDER, PAIR_SHOWN_RECENT } from "./pair-codes";

/** pair codes (low 3 bits): pair-codes.ts */
export { PAIR_BLOCK_OR_MATCH, PAIR_LIKE_IN_WINDOW, PAIR_LIKE_LAST, PAIR_LIKE_OLDER, PAIR_SHOWN_LAST, PAIR_SHOWN_OLDER, PAIR_SHOWN_RECENT };

export type PairLists = {
  /** partners of member a: fwdVal[fwdOff[a] … fwdOff[a+1]) = b·8+code for rows (a → b) */
  fwdOff: Int32Array;
  fwdVal: Int32Array;
  /** the transpose: revVal for member b = a·8+code for rows (a → b) */
  revOff: Int32Array;
  revVal: Int32Array;
  /** the viewer's own passes, reports and rated meetings: actVal for member a = b·8+ACT_* (the fit's leave-one-out) */
  actOff: Int32Array;
  actVal: Int32Array;
  /** behaviour of the window, counted over pairs of eligible members */
  shown: Int32Array;
  shownTo: Int32Array;
  likesGiven: Int32Array;
  likesReceived: Int32Array;
  timings: { queryMs: number; buildMs: number };
};

// Only the partner side is mapped in the database (a hash join on the id array); the member side is
// the group key and is mapped here, which spares the database one join per row.
const AGG = `SELECT p.a::text AS a, string_agg(((m.ix - 1) * 8 + p.k)::text, ',') AS list
  FROM p JOIN unnest($1::uuid[]) WITH ORDINALITY AS m(id, ix) ON m.id = p.b GROUP BY p.a`;

// $2 window start, $3 start of the "recent" weeks, $4 this week, $5 last week (the fit's validation week); $6 (and $7) a ctid page range
const exposuresSql = (bounded: boolean) => `WITH p AS (
  SELECT "userId" AS a, "targetId" AS b,
         CASE WHEN "batchWeek" >= $5 COLLATE "C" THEN ${PAIR_SHOWN_LAST} WHEN "batchWeek" >= $3 COLLATE "C" THEN ${PAIR_SHOWN_RECENT} ELSE ${PAIR_SHOWN_OLDER} END AS k
    FROM "ExposureLog"
   WHERE ctid >= $6::tid ${bounded ? "AND ctid < $7::tid" : ""} AND "batchWeek" >= $2 COLLATE "C" AND "batchWeek" < $4 COLLATE "C"
) ${AGG}`;

// $2 window start, $3 this week, $4 last week
const OTHER_PAIRS_SQL = `WITH p AS (
  SELECT "fromId" AS a, "toId" AS b,
         CASE WHEN "batchWeek" >= $4 COLLATE "C" AND "batchWeek" < $3 COLLATE "C" THEN ${PAIR_LIKE_LAST}
              WHEN "batchWeek" >= $2 COLLATE "C" AND "batchWeek" < $3 COLLATE "C" THEN ${PAIR_LIKE_IN_WINDOW} ELSE ${PAIR_LIKE_OLDER} END AS k FROM "Like"
  UNION ALL SELECT "blockerId", "blockedId", ${PAIR_BLOCK_OR_MATCH} FROM "Block"
  UNION ALL SELECT "userAId", "userBId", ${PAIR_BLOCK_OR_MATCH} FROM "Match"
  -- a pass ("관심 없음") ends the pair for good, like a block: a mutual like cannot follow it
  UNION ALL SELECT "userId", "targetId", ${PAIR_BLOCK_OR_MATCH} FROM "Pass"
) ${AGG}`;

/**
 * The viewer's own actions that the target's passedBy, reports and meetings count (load-pool.ts), so
 * the fit can take them out of the example they are the outcome of (fit-model.ts, leave-one-out).
 */
const ACTS_SQL = `WITH p AS (
  SELECT "userId" AS a, "targetId" AS b, ${ACT_PASS} AS k FROM "Pass"
  UNION ALL SELECT DISTINCT "reporterId", "reportedId", ${ACT_REPORT} FROM "Report"
  UNION ALL SELECT f."userId", CASE WHEN m."userAId" = f."userId" THEN m."userBId" ELSE m."userAId" END,
         CASE WHEN f.rating >= 4 THEN ${ACT_MET_LIKED} ELSE ${ACT_MET_DISLIKED} END
    FROM "MatchFeedback" f JOIN "Match" m ON m.id = f."matchId" WHERE f.met AND (f.rating >= 4 OR f.rating <= 2)
) ${AGG}`;

/** page ranges read concurrently (PostgreSQL runs each on its own connection and core) */
const EXPOSURE_PARTS = 3;

type Row = { a: string; list: string };

/**
 * One statement in a transaction of its own, planned as hash joins and a hash aggregate: the planner
 * cannot see the id array's length (it guesses 10 rows) and would otherwise pick a nested loop over
 * an index — quadratic in the number of members.
 */
async function query(sql: string, params: unknown[]): Promise<Row[]> {
  return bulkTransaction(async (tx) => {
    await tx.exec(`SET LOCAL work_mem = '256MB'`);
    await tx.exec(`SET LOCAL enable_nestloop = off`);
    await tx.exec(`SET LOCAL enable_mergejoin = off`);
    await tx.exec(`SET LOCAL enable_sort = off`);
    return tx.query<Row>(sql, params);
  });
}

/** One part's rows, parsed as soon as they arrive (while the other parts are still being read). */
type ParsedPart = { member: Int32Array; off: Int32Array; val: Int32Array };

function parsePart(rows: Row[], index: Map<string, number>): ParsedPart {
  // rows of members outside the pool (they are nobody's candidate) are dropped here
  const member = new Int32Array(rows.length).fill(-1);
  const off = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => {
    const a = index.get(r.a);
    if (a !== undefined) member[i] = a;
    off[i + 1] = off[i] + (a === undefined ? 0 : countInts(r.list));
  });
  const val = new Int32Array(off[rows.length]);
  rows.forEach((r, i) => {
    if (member[i] >= 0) parseInts(r.list, val, off[i]);
  });
  rows.length = 0; // let the strings go
  return { member, off, val };
}

/** One CSR (member → entries) over parsed parts (a member's entries may come from several parts). */
function toCsr(parts: ParsedPart[], n: number): { off: Int32Array; val: Int32Array } {
  const off = new Int32Array(n + 1);
  for (const p of parts) for (let i = 0; i < p.member.length; i++) if (p.member[i] >= 0) off[p.member[i] + 1] += p.off[i + 1] - p.off[i];
  for (let i = 0; i < n; i++) off[i + 1] += off[i];
  const val = new Int32Array(off[n]);
  const fill = off.slice(0, n);
  for (const p of parts) {
    for (let i = 0; i < p.member.length; i++) {
      const a = p.member[i];
      if (a < 0) continue;
      val.set(p.val.subarray(p.off[i], p.off[i + 1]), fill[a]);
      fill[a] += p.off[i + 1] - p.off[i];
    }
  }
  return { off, val };
}

export async function loadPairs(ids: string[], window: { from: string; recentFrom: string; lastFrom: string; week: string }): Promise<PairLists> {
  const started = performance.now();
  const n = ids.length;
  const index = new Map<string, number>(ids.map((id, i) => [id, i]));
  const [{ pages }] = await bulkQuery<{ pages: number }>(`SELECT (pg_relation_size('"ExposureLog"') / current_setting('block_size')::int)::int AS pages`);
  const step = Math.ceil(Math.max(1, pages) / EXPOSURE_PARTS);
  const queries: Promise<Row[]>[] = [];
  for (let i = 0; i < EXPOSURE_PARTS; i++) {
    const params = [ids, window.from, window.recentFrom, window.week, window.lastFrom, `(${i * step},0)`];
    // the last range is open-ended: it also covers rows appended meanwhile
    if (i < EXPOSURE_PARTS - 1) queries.push(query(exposuresSql(true), [...params, `(${(i + 1) * step},0)`]));
    else queries.push(query(exposuresSql(false), params));
  }
  queries.push(query(OTHER_PAIRS_SQL, [ids, window.from, window.week, window.lastFrom]));
  queries.push(query(ACTS_SQL, [ids]));
  let parseMs = 0;
  const parts = await Promise.all(
    queries.map((q) =>
      q.then((rows) => {
        const t = performance.now();
        const part = parsePart(rows, index);
        parseMs += performance.now() - t;
        return part;
      }),
    ),
  );
  const queried = performance.now();

  // one CSR over the pair parts, one over the viewer's own actions (the last query)
  const acts = toCsr(parts.splice(parts.length - 1, 1), n);
  const { off: fwdOff, val: fwdVal } = toCsr(parts, n);
  parts.length = 0;

  const shown = new Int32Array(n);
  const shownTo = new Int32Array(n);
  const likesGiven = new Int32Array(n);
  const likesReceived = new Int32Array(n);
  const revOff = new Int32Array(n + 1);
  for (let k = 0; k < fwdVal.length; k++) revOff[(fwdVal[k] >> 3) + 1]++;
  for (let i = 0; i < n; i++) revOff[i + 1] += revOff[i];
  const revVal = new Int32Array(fwdVal.length);
  const next = revOff.slice(0, n);
  for (let a = 0; a < n; a++) {
    for (let k = fwdOff[a]; k < fwdOff[a + 1]; k++) {
      const v = fwdVal[k];
      const b = v >> 3;
      const code = v & 7;
      revVal[next[b]++] = (a << 3) | code;
      if (isExposure(code)) {
        shown[a]++;
        shownTo[b]++;
      } else if (isWindowLike(code)) {
        likesGiven[a]++;
        likesReceived[b]++;
      }
    }
  }
  // queryMs includes the parsing done while other parts were still being read
  const timings = { queryMs: Math.round(queried - started), buildMs: Math.round(performance.now() - queried + parseMs) };
  return { fwdOff, fwdVal, revOff, revVal, actOff: acts.off, actVal: acts.val, shown, shownTo, likesGiven, likesReceived, timings };
}

const countInts = (list: string) => {
  let n = list.length > 0 ? 1 : 0;
  for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) === 44) n++;
  return n;
};

/** Parses "12,40,…" into `out` from `at` without allocating strings; returns the new end. */
function parseInts(list: string, out: Int32Array, at: number): number {
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      out[at++] = n;
      n = 0;
    } else n = n * 10 + (c - 48);
  }
  if (list.length > 0) out[at++] = n;
  return at;
}
