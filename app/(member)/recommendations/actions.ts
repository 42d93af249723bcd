"use server";
// Like button on /recommendations → the same use case as POST /api/likes.
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/page-actor";
import { parseWith } from "@/lib/core/parse";
import { actionFailure } from "@/lib/http/action-failure";
import { likeMember } from "@/lib/matching/like-member";
import { ZLikeRequest, type MatchRef } from "@/lib/matching/schemas";

export type LikeActionResult = { ok: true; match: MatchRef | null } | { ok: false; message: string };

export async function likeMemberAction(input: { toUserId: string; batchWeek: string }): Promise<LikeActionResult> {
  const actor = await requireMember();
  try {
    const { match } = await likeMember({ actor, input: parseWith(ZLikeRequest, input) });
    // /recommendations is not revalidated on purpose: the card keeps its "매칭이 성사되었어요!" state
    // (a re-render would drop a like-back from the 받은 좋아요 list before the member sees it)
    if (match) revalidatePath("/matches");
    return { ok: true, match };
  } catch (err) {
    return { ok: false, message: actionFailure(err).message ?? "잠시 후 다시 시도해 주세요." };
  }
}
