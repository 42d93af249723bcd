// How close the weekly build's bounded search (MAX_EVALUATIONS per member) comes to the exact top 10:
// replays the build's selection in memory (no writes) and, for every `every`-th member, scores every
// admissible candidate under the same state (marks, weekly counts) — the exact strict top 10 — and
// compares. Used by bench/recommendations.ts; reads the database, writes nothing.
import { CandidateIndex } from "@/lib/recommendations/candidate-index";
import { loadPool, type Pool } from "@/lib/recommendations/load-pool";
import { MAX_EVALUATIONS, WEEKLY_TARGET_CAP } from "@/lib/recommendations/policy";
import { ScoreTable } from "@/lib/recommendations/score";

function exactStrictTop10(pool: Pool, t: ScoreTable, shown: Int32Array, a: number) {
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
    out.push({ b, s: t.pairScore(a, b, pool.year) });
  }
  return out.sort((x, y) => y.s - x.s).slice(0, 10);
}

export async function measureQuality(week: string, every = 200) {
  const pool = await loadPool(week);
  pool.capCount.fill(0); // replay the week from its start, whatever the timed build already wrote
  const n = pool.ids.length;
  const table = new ScoreTable(n, pool.vocab);
  pool.members.forEach((m, i) => table.set(i, m));
  const shown = Int32Array.from(pool.capCount);
  const index = new CandidateIndex(pool);
  const order = pool.keys.map((key, i) => ({ key, i })).sort((x, y) => (x.key < y.key ? -1 : 1)).map((m) => m.i);
  let sampled = 0;
  let recall = 0;
  let got = 0;
  let best = 0;
  let exactLists = 0;
  order.forEach((a, i) => {
    const exact = i % every === 0 ? exactStrictTop10(pool, table, shown, a) : null;
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
    /** share of the exact top 10 the build picked */
    recall: Number((recall / sampled).toFixed(4)),
    /** members whose list was exactly the exact top 10 */
    identicalLists: Number((exactLists / sampled).toFixed(4)),
    /** summed score of the build's picks / of the exact top 10 */
    scoreRatio: Number((got / best).toFixed(4)),
    truncatedSearches: index.stats.truncated,
    members: n,
  };
}
