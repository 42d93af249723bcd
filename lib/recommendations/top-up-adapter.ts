// The ONE place the member top-up (top-up.ts) touches the weekly build's machinery, so a change of
// that API is fixed here only. It reuses, never copies: the same pool (eligibility, pair history, the
// 12-week no-repeat rule, blocks, matches, likes, this week's appearances per target → the cap holds
// across the build and every top-up), the same CandidateIndex search (fair pass, adaptive weekly
// caps, relax levels) and the same scorer with the weights the week's run scored with.
import { CandidateIndex, type CandidatePick } from "./candidate-index";
import { fitWeights, type ModelStats } from "./fit-model";
import { calibrateMutual } from "./score";
import { loadPool } from "./load-pool";

export type TopUpPick = { targetId: string; score: number; relaxLevel: number };

export type TopUpPlanner = {
  /** eligible members of the week (the build's pool) */
  ids(): string[];
  has(userId: string): boolean;
  quota(userId: string): number;
  /**
   * The member's picks beyond `existingTargetIds` (this week's list so far), best first, up to the
   * quota, committed to the planner's appearance counts so later members see the cap.
   */
  pick(userId: string, existingTargetIds: readonly string[]): TopUpPick[];
};

/** `runStats` = the week's RecommendationRun.stats (its fitted weights are reused when present). */
export async function planTopUps(week: string, runStats: unknown): Promise<TopUpPlanner> {
  const pool = await loadPool(week);
  const model = (runStats as { model?: ModelStats } | null)?.model;
  const fitted = model ?? fitWeights(pool);
  const weights = fitted.weights;
  // the stored probability is calibrated as the build stores it (score.ts calibrateMutual)
  const calibration = fitted.mutualCalibration;
  const index = new CandidateIndex(pool, { weights });
  const pos = new Map(pool.ids.map((id, i) => [id, i]));
  return {
    ids: () => [...pool.ids],
    has: (userId) => pos.has(userId),
    quota: (userId) => pool.quota[pos.get(userId) ?? -1] ?? 0,
    pick(userId, existingTargetIds) {
      const a = pos.get(userId);
      if (a === undefined) return [];
      const existing = existingTargetIds.flatMap((t) => {
        const i = pos.get(t);
        return i === undefined ? [] : [{ target: i, score: 0, relaxLevel: 0 } satisfies CandidatePick];
      });
      // like computeChunk: a fresh list starts with its fair picks; a list being filled in had its fair pass
      let already: CandidatePick[] = existing;
      if (existingTargetIds.length === 0) {
        already = index.selectFair(a);
        index.commit(already);
      }
      const picks = index.select(a, already);
      const taken = new Set(existing.map((p) => p.target));
      const fresh = picks.filter((p) => !taken.has(p.target));
      index.commit(fresh.filter((p) => !already.includes(p)));
      return fresh.map((p) => ({ targetId: pool.ids[p.target], score: Math.round(calibrateMutual(p.score, calibration) * 1e6) / 1e6, relaxLevel: p.relaxLevel }));
    },
  };
}
