// The weekly recommendation build (docs/recommendations.md): claim the week, bulk-load every
// eligible member's features once, fit the score's weights on the window's exposures (fit-model.ts),
// give every member its fair picks (members shown to few so far), then pick the rest of each list
// in memory (candidate-index.ts) in the week's order (order.ts), and write chunk by chunk — each chunk
// one transaction with the run's cursor, two chunks in flight while the next one is computed.
// Idempotent per week, resumable after a time budget or a crash, and safe against concurrent callers
// (run-lease.ts, write-chunk.ts); a resumed call reuses the run's weights and replays the fair pass.
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { CandidateIndex, type CandidatePick } from "./candidate-index";
import { bulkQuery } from "@/lib/db/bulk";
import { fitWeights, type ModelStats } from "./fit-model";
import { calibrateMutual } from "./score";
import { summarizeExposure, type ExposureSummary } from "./metrics";
import { loadPool, type Pool } from "./load-pool";
import { processingKey, weekLockKey } from "./order";
import { CHUNK_SIZE, COVERAGE_MIN_RECS, LOW_COVERAGE_THRESHOLD, MAX_RELAX_LEVEL } from "./policy";
import { claimRun, failRun, finishRun, isFinished, renewLease, releaseRun, type RunRow } from "./run-lease";
import { toRunDto, type BuildOutcome } from "./schemas";
import { parseWeek } from "@/lib/core/week";
import { recordWeeklyRun } from "@/lib/observability/metrics";
import { ChunkRejected, writeChunk, type ChunkRows, type ChunkTotals } from "./write-chunk";

export type BuildOptions = {
  /** stop starting chunks once this much time has passed (the cron passes ~45 s); ≥ 1 chunk always runs */
  maxDurationMs?: number;
  chunkSize?: number;
  /** who started the run ("cron", "admin:<id>", "cli", …) */
  triggeredBy?: string;
  /** policy overrides, for tests: one weekly cap for everyone (default adaptive, candidate-index.ts) */
  weeklyCap?: number;
  lowCoverageThreshold?: number;
  /** history thresholds of the fit (tests fit on small seeded histories) */
  fit?: { minExamples?: number; minLikes?: number; maxExamples?: number };
};

type RunStats = {
  relaxLevels: number[];
  covered: number;
  evaluations: number;
  visits: number;
  truncatedSearches: number;
  calls: number;
  /** the weights the run scored with, fitted or prior, and the fit's metrics */
  model?: ModelStats;
  /** the weekly cap applied per gender [M, F] */
  caps?: [number, number];
  /** picks made by the fair pass, summed P(mutual like) of all picks */
  fairPicks: number;
  scoreSum: number;
  /** appearances of the finished week: spread, shown to nobody, full lists, predicted mutual likes */
  exposure?: ExposureSummary;
  lastCall?: {
    eligible: number;
    loadMs: number;
    fitMs: number;
    indexMs: number;
    fairMs: number;
    computeMs: number;
    /** summed duration of the chunk transactions (two run at a time) and the wait for the last ones */
    writeMs: number;
    drainMs: number;
    chunks: number;
    load: Pool["loadTimings"];
  };
};

/** chunks written concurrently (each on its own connection); they still commit in order */
const WRITES_IN_FLIGHT = 2;

function baseStats(run: RunRow): RunStats {
  const s = (run.stats ?? {}) as Partial<RunStats>;
  return {
    relaxLevels: Array.from({ length: MAX_RELAX_LEVEL + 1 }, (_, i) => s.relaxLevels?.[i] ?? 0),
    covered: s.covered ?? 0,
    evaluations: s.evaluations ?? 0,
    visits: s.visits ?? 0,
    truncatedSearches: s.truncatedSearches ?? 0,
    calls: (s.calls ?? 0) + 1,
    model: s.model,
    caps: s.caps,
    fairPicks: s.fairPicks ?? 0,
    scoreSum: s.scoreSum ?? 0,
  };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Picks for one chunk of members (in processing order), counted into `totals` and `stats`. */
async function computeChunk(index: CandidateIndex, pool: Pool, fair: CandidatePick[][], received: Int32Array, chunk: number[], totals: ChunkTotals, stats: RunStats): Promise<ChunkRows> {
  const rows: ChunkRows = { userIds: [], targetIds: [], ranks: [], scores: [], relaxLevels: [] };
  // the stored probability is the calibrated P(mutual) (monotone: the lists are the search's)
  const calibration = stats.model?.mutualCalibration;
  for (let i = 0; i < chunk.length; i++) {
    // let the chunks being written make progress while this one computes
    if (i % 200 === 199) await yieldToEventLoop();
    const a = chunk[i];
    const already = fair[a] ?? [];
    const picks = index.select(a, already);
    // the fair picks were counted by the fair pass
    index.commit(picks.filter((p) => !already.includes(p)));
    received[a] = picks.length;
    picks.forEach((p, rank) => {
      rows.userIds.push(pool.ids[a]);
      rows.targetIds.push(pool.ids[p.target]);
      rows.ranks.push(rank + 1);
      const probability = calibrateMutual(p.score, calibration);
      rows.scores.push(Math.round(probability * 1e6) / 1e6);
      rows.relaxLevels.push(p.relaxLevel);
      stats.relaxLevels[p.relaxLevel]++;
      stats.scoreSum += probability;
    });
    totals.processedCount++;
    totals.recommendationsCount += picks.length;
    if (picks.length >= pool.quota[a]) totals.fullCount++;
    if (picks.length === 0) totals.emptyCount++;
    if (picks.length >= COVERAGE_MIN_RECS) stats.covered++;
  }
  totals.cursor = pool.ids[chunk[chunk.length - 1]];
  totals.chunks++;
  return rows;
}

async function outcome(week: string, status: BuildOutcome["status"], ran: boolean): Promise<BuildOutcome> {
  const run = await prisma.recommendationRun.findUniqueOrThrow({ where: { week } });
  return { week, status, ran, cursor: run.cursor, run: toRunDto(run) };
}

export async function buildWeeklyRecommendations(week: string, opts: BuildOptions = {}): Promise<BuildOutcome> {
  parseWeek(week);
  const started = performance.now();
  const budget = opts.maxDurationMs ?? Infinity;
  const chunkSize = Math.max(1, opts.chunkSize ?? CHUNK_SIZE);
  const claim = await claimRun(week, opts.triggeredBy ?? "system");
  if (!claim.claimed) {
    const status = isFinished(claim.run) ? (claim.run.status as "COMPLETED" | "LOW_COVERAGE") : "RUNNING";
    return { week, status, ran: false, cursor: claim.run.cursor, run: toRunDto(claim.run) };
  }
  const base = claim.run;
  // the lease of the last committed write: what this caller owns the run with
  let owned = { seq: base.chunks - 1, lease: claim.lease };
  const inFlight: Promise<void>[] = [];
  let firstError: { seq: number; err: unknown } | null = null;
  try {
    const pool = await loadPool(week);
    const stats = baseStats(base);
    const fitStarted = performance.now();
    // a resumed run scores with the weights its first chunks were scored with
    if (!stats.model || base.chunks === 0) stats.model = fitWeights(pool, opts.fit);
    const fitMs = Math.round(performance.now() - fitStarted);
    const indexStarted = performance.now();
    const index = new CandidateIndex(pool, { cap: opts.weeklyCap, weights: stats.model.weights });
    stats.caps = index.caps;
    const quota = pool.quota;
    pool.members.length = 0; // the index holds what the search needs, in columns: let the objects go
    const indexMs = Math.round(performance.now() - indexStarted);
    // the cursor is the last processed member's id: resume with the members after it in the week's order
    const after = base.cursor === null ? null : processingKey(week, base.cursor);
    const weekOrder = pool.keys
      .map((key, i) => ({ key, i }))
      .sort((x, y) => (x.key < y.key ? -1 : 1));
    const order = weekOrder.filter((m) => after === null || m.key > after).map((m) => m.i);

    // the fair pass over the whole week from its start (the same in every call of the week); then this
    // week's appearances = what is written (capCount) + the fair picks of the members still to write
    const fairStarted = performance.now();
    const fair: CandidatePick[][] = new Array(pool.ids.length);
    index.setShown(new Int32Array(pool.ids.length));
    for (const { i } of weekOrder) {
      fair[i] = index.selectFair(i);
      index.commit(fair[i]);
    }
    const shownNow = Int32Array.from(pool.capCount);
    for (const a of order) for (const p of fair[a]) shownNow[p.target]++;
    index.setShown(shownNow);
    if (base.chunks === 0) for (const f of fair) stats.fairPicks += f.length;
    const fairMs = Math.round(performance.now() - fairStarted);
    const received = new Int32Array(pool.ids.length);
    const totals: ChunkTotals = {
      cursor: base.cursor ?? "",
      eligibleCount: pool.ids.length,
      processedCount: base.processedCount,
      recommendationsCount: base.recommendationsCount,
      fullCount: base.fullCount,
      emptyCount: base.emptyCount,
      chunks: base.chunks,
      durationMs: base.durationMs ?? 0,
      stats,
    };
    const lockKey = weekLockKey(week);
    let expectLease = claim.lease;
    let expectCursor = base.cursor;
    const loopStarted = performance.now();
    let computeMs = 0;
    let writeMs = 0;
    let drainMs = 0;
    let done = 0;
    let chunksThisCall = 0;
    const snapshot = () => {
      stats.lastCall = {
        eligible: pool.ids.length,
        loadMs: pool.loadMs,
        fitMs,
        indexMs,
        fairMs,
        computeMs: Math.round(computeMs),
        writeMs: Math.round(writeMs),
        drainMs: Math.round(drainMs),
        chunks: chunksThisCall,
        load: pool.loadTimings,
      };
      totals.durationMs = (base.durationMs ?? 0) + Math.round(performance.now() - started);
    };
    while (done < order.length && !firstError) {
      const perChunk = chunksThisCall > 0 ? (performance.now() - loopStarted) / chunksThisCall : 0;
      if (chunksThisCall > 0 && performance.now() - started + perChunk > budget) break;
      const chunk = order.slice(done, done + chunkSize);
      done += chunk.length;
      const c0 = performance.now();
      const rows = await computeChunk(index, pool, fair, received, chunk, totals, stats);
      computeMs += performance.now() - c0;
      chunksThisCall++;
      snapshot();
      const seq = totals.chunks - 1;
      const newLease = renewLease(expectLease);
      const write = { week, lockKey, seq, expectLease, expectCursor, newLease, rows, totals: { ...totals, stats: structuredClone(stats) } };
      expectLease = newLease;
      expectCursor = totals.cursor;
      if (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
      const w0 = performance.now();
      const p = writeChunk(write).then(
        () => {
          writeMs += performance.now() - w0;
          if (seq > owned.seq) owned = { seq, lease: newLease };
        },
        (err: unknown) => {
          if (!firstError || seq < firstError.seq) firstError = { seq, err };
        },
      );
      inFlight.push(p);
    }
    const d0 = performance.now();
    await Promise.all(inFlight.splice(0));
    drainMs = performance.now() - d0;
    if (firstError) throw (firstError as { err: unknown }).err;

    snapshot();
    stats.evaluations += index.stats.evaluations;
    stats.visits += index.stats.visits;
    stats.truncatedSearches += index.stats.truncated;
    // the exact count of this week's rows (a conflicting insert, if any, is not counted twice)
    totals.recommendationsCount = await prisma.recommendation.count({ where: { batchWeek: week } });
    const coverage = totals.processedCount > 0 ? stats.covered / totals.processedCount : 0;
    const { cursor: lastCursor, ...counters } = totals;
    const row = { ...counters, coverage, stats };

    if (done < order.length) {
      await releaseRun(week, owned.lease, row);
      logger.info({ week, processed: totals.processedCount, remaining: order.length - done }, "weekly recommendations paused at the time budget");
      return { ...(await outcome(week, "PARTIAL", true)), cursor: lastCursor || null };
    }
    // the finished week's spread of appearances (lists written by earlier calls are counted from the database)
    if (base.processedCount > 0) {
      const index_ = new Map(pool.ids.map((id, i) => [id, i]));
      const rows = await bulkQuery<{ id: string; n: number }>(`SELECT "userId"::text AS id, count(*)::int AS n FROM "Recommendation" WHERE "batchWeek" = $1 GROUP BY 1`, [week]);
      for (const r of rows) {
        const i = index_.get(r.id);
        if (i !== undefined) received[i] = r.n;
      }
    }
    stats.exposure = summarizeExposure(index.appearances(), received, quota, stats.scoreSum);
    row.stats = stats;
    const threshold = opts.lowCoverageThreshold ?? LOW_COVERAGE_THRESHOLD;
    const status = coverage < threshold ? "LOW_COVERAGE" : "COMPLETED";
    await finishRun(week, owned.lease, status, row);
    const summary = { week, status, eligible: pool.ids.length, processed: totals.processedCount, recommendations: totals.recommendationsCount, coverage, durationMs: totals.durationMs };
    if (status === "LOW_COVERAGE") logger.warn({ ...summary, threshold, minRecs: COVERAGE_MIN_RECS }, "weekly recommendations: low coverage");
    else logger.info(summary, "weekly recommendations completed");
    recordWeeklyRun({ week, status, durationMs: totals.durationMs, coverage });
    return outcome(week, status, true);
  } catch (err) {
    await Promise.all(inFlight.splice(0));
    if (err instanceof ChunkRejected) {
      // another caller took the week over after our lease expired: its run is the one that counts
      logger.warn({ week }, "weekly recommendations: the run was taken over; stopping");
      return outcome(week, "RUNNING", true);
    }
    logger.error({ week, err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err) }, "weekly recommendations failed");
    await failRun(week, owned.lease, err).catch(() => undefined);
    throw err;
  }
}
