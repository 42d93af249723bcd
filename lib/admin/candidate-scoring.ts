// The ONE adapter between the admin candidate list and the weekly build's matching rules
// (lib/recommendations): the both-way hard filters and the pair scorer with its reasons. Nothing
// here re-implements the score — it calls lib/recommendations/score.ts (explainPair, the same
// ScoreTable formula the weekly build's search uses). The strict filters (level 0 of
// candidate-index.ts: gender ↔ wanted gender, each side's age range, each side's regions when set)
// are inlined in the build's hot loop and not exported; they are restated here once, in the build's
// terms, so when lib/recommendations exports them this file is a one-line change.
import { explainPair, priorWeights, type PairExplanation, type ScoreContext, type ScoreMember, type Weights } from "@/lib/recommendations/score";
import { mutuallyAdmitted } from "@/lib/recommendations/marriage-rules";
import { NO_MARRIAGE_FACTS, NO_MARRIAGE_PREFS } from "@/lib/core/marriage";

export type { ScoreMember, ScoreContext, Weights, PairExplanation };

/** Level-0 (strict) both-way filters of the weekly build: true when a and b may be shown to each other. */
export function passesBothWayFilters(a: ScoreMember, b: ScoreMember, year: number): boolean {
  const oneWay = (x: ScoreMember, y: ScoreMember) => {
    const ageOfY = year - y.profile.birthYear;
    if (y.profile.gender !== x.preference.targetGender) return false;
    if (ageOfY < x.preference.ageMin || ageOfY > x.preference.ageMax) return false;
    if (x.preference.regions.length > 0 && (y.profile.region === null || !x.preference.regions.includes(y.profile.region))) return false;
    return true;
  };
  // + the "꼭" marriage preferences both ways, from the rule module the build's search uses
  const rules = (m: ScoreMember) => ({ facts: m.profile.marriage ?? NO_MARRIAGE_FACTS, height: m.profile.height ?? null, prefs: m.preference.marriage ?? NO_MARRIAGE_PREFS });
  return oneWay(a, b) && oneWay(b, a) && mutuallyAdmitted(rules(a), rules(b));
}

/** The weekly build's pair score with its reasons (the terms that moved it most, both directions). */
export function scoreCandidate(a: ScoreMember, b: ScoreMember, ctx: ScoreContext, weights?: Weights): PairExplanation {
  return explainPair(a, b, ctx, weights ?? priorWeights(ctx.likeRate), 4);
}
