// Replays the weekly build's selection in memory (no writes), with the weights the build fits:
// 1. how close the bounded search (MAX_EVALUATIONS per member) comes to the exact top of each list:
//    for every `every`-th member, every admissible candidate is scored under the same state (marks,
//    weekly counts; cap 30, no fair pass) and compared;
// 2. fair exposure: the week replayed under three policies (cap 30 only — the build before the
//    exposure work of docs/recommendations.md; the adaptive cap only; adaptive cap + fair pass — the build), with the spread of
//    appearances and the predicted mutual likes of each. Used by bench/recommendations.ts.
import { CandidateIndex, type CandidatePick, type IndexOptions } from "@/lib/recommendations/candidate-index";
import { fitWeights } from "@/lib/recommendations/fit-model";
import { loadPool, type Pool } from "@/lib/recommendations/load-pool";
import { summarizeExposure } from "@/lib/recommendations/metrics";
import { MAX_EVALUATIONS, WEEKLY_TARGET_CAP } from "@/lib/recommendations/policy";
import { ScoreTable, type Weights } from "@/lib/recommendations/score";

function exactStrictTop(pool: Pool, t: ScoreTable, shown: Int32Array, a: number) {
  const blocked = new Set<number>();
  for (let k = pool.fwdOff[a]; k < pool.fwdOff[a + 1]; k++) blocked.add(pool.fwdVal[k] >> 3);
  for (let k = pool.revOff[a]; k < pool.revOff[a + 1]; k++) blocked.add(pool.revVal[k] >> 3);
  const ma = pool.members[a];
  const out: { b: number; s: number }[] = [];
  for (let b = 0; b < pool.members.length; b++) {
    const mb = pool.members[b];
    if (b === a || shown[b] >= WEEKLY_TARGET_CAP || blocked.has(b) || mb.gender !== ma.targetGender || ma.gender !== mb.targetGender) continue;
    const ageB = pool.year - mb.birthYear;
    const ageA = pool.year - ma.birthYear;
    if (ageB < ma.ageMin || ageB > ma.ageMax || ageA < mb.ageMin || ageA > mb.ageMax) continue;
    if (ma.prefRegionCount > 0 && !t.prefersRegion(a, mb.region)) continue;
    if (mb.prefRegionCount > 0 && !t.prefersRegion(b, ma.region)) continue;
    // the "꼭" marriage preferences, both ways (issue 21): without them the oracle counted pairs the build must not pick
    if (!t.admits(a, b) || !t.admits(b, a)) continue;
    out.push({ b, s: t.pairScore(a, b, pool.year) });
  }
  return out.sort((x, y) => y.s - x.s).slice(0, pool.quota[a]);
}

const weekOrder = (pool: Pool) => pool.keys.map((key, i) => ({ key, i })).sort((x, y) => (x.key < y.key ? -1 : 1)).map((m) => m.i);

/** The whole week in memory under one policy: fair pass (if on), then every member's list in order. */
function replayWeek(pool: Pool, opts: IndexOptions) {
  const index = new CandidateIndex(pool, opts);
  const order = weekOrder(pool);
  const fair: CandidatePick[][] = [];
  for (const a of order) {
    fair[a] = index.selectFair(a);
    index.commit(fair[a]);
  }
  const received = new Int32Array(pool.ids.length);
  let scoreSum = 0;
  for (const a of order) {
    const picks = index.select(a, fair[a]);
    index.commit(picks.filter((p) => !fair[a].includes(p)));
    received[a] = picks.length;
    for (const p of picks) scoreSum += p.score;
  }
  return { caps: index.caps, exposure: summarizeExposure(index.appearances(), received, pool.quota, scoreSum) };
}

function searchQuality(pool: Pool, weights: Weights, every: number) {
  const n = pool.ids.length;
  const table = new ScoreTable(n, pool.vocab, weights);
  pool.members.forEach((m, i) => table.set(i, m));
  const shown = new Int32Array(n);
  const index = new CandidateIndex(pool, { cap: WEEKLY_TARGET_CAP, weights, fairness: false });
  let sampled = 0;
  let recall = 0;
  let got = 0;
  let best = 0;
  let exactLists = 0;
  weekOrder(pool).forEach((a, i) => {
    const exact = i % every === 0 ? exactStrictTop(pool, table, shown, a) : null;
    const picks = index.select(a);
    index.commit(picks);
    if (exact && exact.length > 0) {
      const strict = picks.filter((p) => p.relaxLevel === 0);
      const chosen = new Set(strict.map((p) => p.target));
      const hits = exact.filter((e) => chosen.has(e.b)).length;
      sampled++;
      recall += hits / exact.length;
      if (hits === exact.length) exactLists++;
      got += strict.reduce((s, p) => s + p.score, 0);
      best += exact.reduce((s, e) => s + e.s, 0);
    }
    for (const p of picks) shown[p.target]++;
  });
  return {
    maxEvaluations: MAX_EVALUATIONS,
    sampledMembers: sampled,
    /** share of the exact top of each list the build picked */
    recall: Number((recall / sampled).toFixed(4)),
    /** members whose list was exactly the exact top */
    identicalLists: Number((exactLists / sampled).toFixed(4)),
    /** summed score of the build's picks / of the exact top */
    scoreRatio: Number((got / best).toFixed(4)),
    truncatedSearches: index.stats.truncated,
    members: n,
  };
}

export async function measureQuality(week: string, every = 200) {
  const pool = await loadPool(week);
  pool.capCount.fill(0); // replay the week from its start, whatever the timed build already wrote
  const { weights, source } = fitWeights(pool);
  const quality = every > 0 ? searchQuality(pool, weights, every) : null;
  const fairness = [
    { policy: `cap ${WEEKLY_TARGET_CAP}, no fair pass (before)`, ...replayWeek(pool, { cap: WEEKLY_TARGET_CAP, weights, fairness: false }) },
    { policy: "adaptive cap, no fair pass", ...replayWeek(pool, { weights, fairness: false }) },
    { policy: "adaptive cap + fair pass (the build)", ...replayWeek(pool, { weights, fairness: true }) },
  ].map((f) => ({ ...f, policy: `${f.policy} caps ${f.caps.join("/")}` }));
  return { weights: source, ...quality, fairness };
}
