// The ONE adapter between the admin candidate list and the weekly build's matching rules
// (lib/recommendations): the strict both-way filters and pair history rule of the build
// (lib/recommendations/pair-rules.ts, the module the build's search is held to) and the pair scorer
// with its reasons. Nothing here re-implements a rule or the score.
import { explainPair, priorWeights, type PairExplanation, type ScoreContext, type ScoreMember, type Weights } from "@/lib/recommendations/score";
import { strictlyProposable } from "@/lib/recommendations/pair-rules";

export type { ScoreMember, ScoreContext, Weights, PairExplanation };

/**
 * The weekly build's strict rule for a pair: gender, age ranges and regions both ways, the "꼭"
 * marriage preferences both ways, and no block, match, pass, like or exposure of the last 12 weeks
 * between them (`history`: the pair's entries, lib/recommendations/pair-codes.ts).
 */
export function proposable(a: ScoreMember, b: ScoreMember, year: number, history: Iterable<number>): boolean {
  return strictlyProposable(a, b, year, history);
}

/** The weekly build's pair score with its reasons (the terms that moved it most, both directions). */
export function scoreCandidate(a: ScoreMember, b: ScoreMember, ctx: ScoreContext, weights?: Weights): PairExplanation {
  return explainPair(a, b, ctx, weights ?? priorWeights(ctx.likeRate), 4);
}
