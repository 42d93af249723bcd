"use server";
// Card actions on /recommendations → the same use cases as POST /api/likes, DELETE /api/likes/{id}
// and POST /api/passes.
import { requireMember } from "@/lib/auth/page-actor";
import { parseWith } from "@/lib/core/parse";
import { actionFailure } from "@/lib/http/action-failure";
import { likeMember } from "@/lib/matching/like-member";
import { passMember } from "@/lib/matching/pass-member";
import { ZPassRequest, ZUnlikeParams } from "@/lib/matching/pass-schemas";
import { ZLikeRequest, type MatchRef } from "@/lib/matching/schemas";
import { unlikeMember } from "@/lib/matching/unlike-member";

export type LikeActionResult = { ok: true; match: MatchRef | null } | { ok: false; message: string };
export type SimpleActionResult = { ok: true } | { ok: false; message: string };

const failure = (err: unknown) => ({ ok: false as const, message: actionFailure(err).message ?? "처리하지 못했어요. 잠시 후 다시 시도해 주세요." });

export async function likeMemberAction(input: { toUserId: string; batchWeek: string }): Promise<LikeActionResult> {
  const actor = await requireMember();
  try {
    const { match } = await likeMember({ actor, input: parseWith(ZLikeRequest, input) });
    // nothing is revalidated on purpose: any revalidation in a server action also re-renders the
    // current page, which would drop a like-back from 받은 좋아요 before the member sees
    // "매칭이 성사되었어요!"; /matches is rendered per request, so it is fresh when opened

    return { ok: true, match };
  } catch (err) {
    return failure(err);
  }
}

/** 좋아요 취소: only before it became a match (the use case answers 409 after). */
export async function unlikeMemberAction(input: { toUserId: string }): Promise<SimpleActionResult> {
  const actor = await requireMember();
  try {
    const parsed = ZUnlikeParams.safeParse(input);
    // a malformed id names no like of the member's: the same 404 as the API
    await unlikeMember({ actor, input: parsed.success ? parsed.data : { toUserId: "00000000-0000-0000-0000-000000000000" } });
    return { ok: true };
  } catch (err) {
    return failure(err);
  }
}

/** 관심 없음: the card hides at once on the client; the next render leaves it out. */
export async function passMemberAction(input: { toUserId: string; batchWeek: string }): Promise<SimpleActionResult> {
  const actor = await requireMember();
  try {
    await passMember({ actor, input: parseWith(ZPassRequest, input) });
    return { ok: true };
  } catch (err) {
    return failure(err);
  }
}
