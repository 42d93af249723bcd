// THE hard rules of a pair (docs/recommendations.md "Hard filters"), in one module for every place
// that proposes a partner (issue 24: the weekly build's search, the first-list top-up through it, and
// the admin candidate list): which pair-history entries exclude a pair at which relax level, and the
// strict (level 0) both-way filters of two members — gender ↔ wanted gender, each side's age range,
// each side's regions when set, and the "꼭" marriage preferences (marriage-rules.ts). The build's
// hot loop (candidate-index.ts) applies the same filters on columns; tests/unit/pair-rules.test.ts
// proves on generated pools that its strict candidate set equals this module's.
import { NO_MARRIAGE_FACTS, NO_MARRIAGE_PREFS } from "@/lib/core/marriage";
import type { ScoreMember } from "./score";
import { mutuallyAdmitted } from "./marriage-rules";
import { PAIR_BLOCK_OR_MATCH, PAIR_LIKE_IN_WINDOW, PAIR_LIKE_LAST, PAIR_LIKE_OLDER, PAIR_SHOWN_LAST, PAIR_SHOWN_OLDER, PAIR_SHOWN_RECENT } from "./pair-codes";

/** what a pair-history entry does to the pair: nothing, exclude it below relax level 3, or always */
export const HISTORY_NONE = 0;
export const HISTORY_OLD_EXPOSURE = 2;
export const HISTORY_BLOCKED = 1;

/**
 * One pair-history entry (either direction): a block, a match of any status, a pass (관심 없음) or a
 * like (any week) ends the pair for good; an exposure of the last 4 weeks excludes it at every level,
 * one of weeks 5–12 below relax level 3 only.
 */
export function historyEffect(code: number): number {
  switch (code) {
    case PAIR_SHOWN_OLDER:
      return HISTORY_OLD_EXPOSURE;
    case PAIR_BLOCK_OR_MATCH:
    case PAIR_LIKE_IN_WINDOW:
    case PAIR_LIKE_LAST:
    case PAIR_LIKE_OLDER:
    case PAIR_SHOWN_RECENT:
    case PAIR_SHOWN_LAST:
      return HISTORY_BLOCKED;
    default:
      return HISTORY_NONE;
  }
}

/** The pair's history (entries in both directions) excludes it at this relax level. */
export function historyExcludes(codes: Iterable<number>, level = 0): boolean {
  for (const c of codes) {
    const e = historyEffect(c);
    if (e === HISTORY_BLOCKED || (e === HISTORY_OLD_EXPOSURE && level < 3)) return true;
  }
  return false;
}

/** The "꼭" rules' view of a score member. */
const rules = (m: ScoreMember) => ({ facts: m.profile.marriage ?? NO_MARRIAGE_FACTS, height: m.profile.height ?? null, prefs: m.preference.marriage ?? NO_MARRIAGE_PREFS });

/** x's strict filters admit y: y's gender is the one x wants, y's age in x's range, y's region in x's list when x has one. */
function admitsStrict(x: ScoreMember, y: ScoreMember, year: number): boolean {
  const ageOfY = year - y.profile.birthYear;
  if (y.profile.gender !== x.preference.targetGender) return false;
  if (ageOfY < x.preference.ageMin || ageOfY > x.preference.ageMax) return false;
  if (x.preference.regions.length > 0 && (y.profile.region === null || !x.preference.regions.includes(y.profile.region))) return false;
  return true;
}

/** Level-0 (strict) both-way filters of two members, the "꼭" marriage preferences included. */
export function strictlyCompatible(a: ScoreMember, b: ScoreMember, year: number): boolean {
  return admitsStrict(a, b, year) && admitsStrict(b, a, year) && mutuallyAdmitted(rules(a), rules(b));
}

/** The build's strict rule for a pair: compatible both ways and no history that excludes it at level 0. */
export function strictlyProposable(a: ScoreMember, b: ScoreMember, year: number, history: Iterable<number>): boolean {
  return strictlyCompatible(a, b, year) && !historyExcludes(history, 0);
}
