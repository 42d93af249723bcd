"use server";
// Card actions on /recommendations: POST /api/likes, DELETE /api/likes/{toUserId} and POST /api/passes,
// derived from their operations (same access, rate limit, parsing, log line and errors as the API).
// Nothing is revalidated on purpose: any revalidation in a server action also re-renders the current
// page, which would drop a like-back from 받은 좋아요 before the member sees "매칭이 성사되었어요!";
// /matches is rendered per request, so it is fresh when opened.
import { action } from "@/lib/http/action";
import { likeMemberOperation } from "@/lib/matching/like-member";
import { passMemberOperation } from "@/lib/matching/pass-member";
import { unlikeMemberOperation } from "@/lib/matching/unlike-member";

export const likeMemberAction = action(likeMemberOperation);
/** 좋아요 취소: only before it became a match (the operation answers 409 after). */
export const unlikeMemberAction = action(unlikeMemberOperation);
/** 관심 없음: the card hides at once on the client; the next render leaves it out. */
export const passMemberAction = action(passMemberOperation);
