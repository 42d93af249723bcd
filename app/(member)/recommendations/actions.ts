"use server";
// /recommendations actions, derived from their operations (same access, rate limit, parsing, log line
// and errors as the API): the card's like, undo and pass (POST /api/likes, DELETE /api/likes/{toUserId},
// POST /api/passes) and the first-list request (POST /api/recommendations/first-list).
// Nothing is revalidated on purpose: any revalidation in a server action also re-renders the current
// page, which would drop a like-back from 받은 좋아요 before the member sees "매칭이 성사되었어요!";
// /matches is rendered per request, so it is fresh when opened.
import { action } from "@/lib/http/action";
import { likeMemberOperation } from "@/lib/matching/like-member";
import { passMemberOperation } from "@/lib/matching/pass-member";
import { unlikeMemberOperation } from "@/lib/matching/unlike-member";
import { undoPassOperation } from "@/lib/matching/undo-pass";
import { requestFirstListOperation } from "@/lib/member-recommendations/request-first-list";

export const likeMemberAction = action(likeMemberOperation);
/** 좋아요 취소: only before it became a match (the operation answers 409 after). */
export const unlikeMemberAction = action(unlikeMemberOperation);
/** 관심 없음: the card hides at once on the client; the next render leaves it out. */
export const passMemberAction = action(passMemberOperation);
/** 되돌리기 right after 관심 없음 (POST /api/passes/undo) */
export const undoPassAction = action(undoPassOperation);
/** While the first list is being picked: the page asks once, then refreshes until the cards are there. */
export const requestFirstListAction = action(requestFirstListOperation);
