// What /recommendations says when there are no cards (issue 23: no dead ends for a new member). A
// pure decision over what the page read, so each case is pinned by a unit test:
//  - MISSING: the steps that actually stand between the member and a list, and only those (profile,
//    preferences, an approved photo — none yet, waiting for review, or rejected — or an account that
//    gets no lists), each with where to fix it;
//  - NARROW: nobody fits the member's conditions right now (counted at once, before any top-up):
//    "조건에 맞는 분이 아직 없어요" with what to widen — the "꼭" choice that excludes most, or the
//    age range;
//  - PREPARING: the first list is being picked (the page refreshes until it lands), NONE_FOUND
//    after the window passed, ALL_SEEN, WAITING_FOR_WEEK (a new installation).
import type { FirstListState } from "@/lib/recommendations/top-up-first-list";
import type { MatchConditions } from "./get-match-conditions";

export type MissingStep = "PROFILE" | "PREFERENCES" | "PHOTO_NONE" | "PHOTO_PENDING" | "PHOTO_REJECTED" | "MATCHED" | "NOT_A_MEMBER";

export type Widen = { kind: "STRICT"; field: string; label: string } | { kind: "AGE"; ageMin: number; ageMax: number };

export type EmptyState =
  | { kind: "MISSING"; missing: MissingStep[] }
  | { kind: "NARROW"; widen: Widen }
  | { kind: "PREPARING" }
  | { kind: "NONE_FOUND" }
  | { kind: "ALL_SEEN" }
  | { kind: "WAITING_FOR_WEEK" };

/** what to suggest widening when nobody fits: the narrowest own "꼭", else the age range */
export function widenFor(conditions: MatchConditions): Widen | null {
  const reach = conditions.reach;
  if (!reach || reach.admitted > 0) return null;
  const narrowest = conditions.strict?.narrowest;
  if (reach.candidates > 0 && narrowest) return { kind: "STRICT", field: narrowest.field, label: narrowest.label };
  return { kind: "AGE", ageMin: reach.ageMin, ageMax: reach.ageMax };
}

export function emptyStateFor(input: {
  state: FirstListState;
  /** when the member became ready for a first list (PREPARING) */
  since: Date | null;
  now: Date;
  windowMs: number;
  missing: MissingStep[];
  conditions: MatchConditions;
}): EmptyState {
  const { state, since, now, windowMs, missing, conditions } = input;
  if (state === "HAS_LIST") return { kind: "ALL_SEEN" };
  if (state === "INCOMPLETE" || state === "NEEDS_PHOTO") {
    // the state says something is missing; the list says what (a state without a named step falls back to the profile)
    return { kind: "MISSING", missing: missing.length > 0 ? missing : [state === "NEEDS_PHOTO" ? "PHOTO_NONE" : "PROFILE"] };
  }
  if (state === "WAITING_FOR_WEEK") return { kind: "WAITING_FOR_WEEK" };
  const widen = widenFor(conditions);
  if (widen) return { kind: "NARROW", widen };
  if (since && now.getTime() - since.getTime() > windowMs) return { kind: "NONE_FOUND" };
  return { kind: "PREPARING" };
}
