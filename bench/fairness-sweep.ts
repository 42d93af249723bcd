// npm run bench:recs first (it creates inyeon_bench_<n>); then: tsx --conditions=react-server bench/fairness-sweep.ts --n=10000
// Replays the week in memory under several fair-exposure settings (fair slots, fair minimum, cap
// factor) with the fitted weights: the spread of appearances against the predicted mutual likes.
import { CandidateIndex, type CandidatePick, type IndexOptions } from "@/lib/recommendations/candidate-index";
import { summarizeExposure } from "@/lib/recommendations/metrics";

const args = new Map(process.argv.slice(2).map((a) => { const [k, v] = a.replace(/^--/, "").split("="); return [k, v ?? "true"]; }));
const n = Number(args.get("n") ?? 10_000);
const u = new URL(process.env.DATABASE_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/postgres");
u.pathname = `/inyeon_bench_${n}`;
process.env.DATABASE_URL = u.toString();
const { loadPool } = await import("@/lib/recommendations/load-pool");
const { fitWeights } = await import("@/lib/recommendations/fit-model");
const { disconnectDb } = await import("@/lib/db");
const pool = await loadPool(args.get("week") ?? "2026-W48");
pool.capCount.fill(0);
const { weights } = fitWeights(pool);
const order = pool.keys.map((key, i) => ({ key, i })).sort((x, y) => (x.key < y.key ? -1 : 1)).map((m) => m.i);
const grid: IndexOptions[] = [
  { fairness: false, cap: 30 },
  ...(args.get("grid") ?? "3:3:2,4:4:2,5:5:2,6:6:2,6:6:1.5,3:3:1.5").split(",").map((g) => g.split(":").map(Number)).map(([fairSlots, fairMin, capFactor]) => ({ fairSlots, fairMin, capFactor })),
];
for (const opts of grid) {
  const t = performance.now();
  const index = new CandidateIndex(pool, { weights, ...opts });
  const fair: CandidatePick[][] = [];
  for (const a of order) index.commit((fair[a] = index.selectFair(a)));
  const received = new Int32Array(pool.ids.length);
  let sum = 0;
  for (const a of order) {
    const picks = index.select(a, fair[a]);
    index.commit(picks.filter((p) => !fair[a].includes(p)));
    received[a] = picks.length;
    for (const p of picks) sum += p.score;
  }
  const e = summarizeExposure(index.appearances(), received, pool.quota, sum);
  console.log(JSON.stringify(opts), `caps ${index.caps}`, `gini ${e.gini} nobody ${e.shownToNobody} full ${e.fullListShare} p10/p50/p90 ${e.p10}/${e.p50}/${e.p90} mutual ${e.expectedMutualLikes} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
}
await disconnectDb();
