"use server";
// The match page's "만남은 어떠셨나요?" form → the same use case as POST /api/matches/{id}/feedback.
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/page-actor";
import type { ActionState } from "@/lib/core/form";
import { parseWith } from "@/lib/core/parse";
import { actionFailure } from "@/lib/http/action-failure";
import { ZFeedbackRequest } from "@/lib/matching/feedback-schemas";
import { submitMatchFeedback } from "@/lib/matching/match-feedback";
import { ZMatchIdParams } from "@/lib/matching/schemas";

const value = (fd: FormData, name: string) => {
  const v = fd.get(name);
  return typeof v === "string" ? v : "";
};

export async function submitMatchFeedbackAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireMember();
  try {
    const ids = ZMatchIdParams.safeParse({ id: value(fd, "matchId") });
    const met = value(fd, "met");
    const rating = value(fd, "rating");
    const body = parseWith(ZFeedbackRequest, {
      met: met === "yes" ? true : met === "no" ? false : undefined,
      rating: rating === "" ? undefined : Number(rating),
      comment: value(fd, "comment").trim() || undefined,
    });
    // a malformed id names no match of the member's: the same 404 as the API
    await submitMatchFeedback({ actor, input: { ...body, id: ids.success ? ids.data.id : "00000000-0000-0000-0000-000000000000" } });
    if (ids.success) revalidatePath(`/matches/${ids.data.id}`);
  } catch (err) {
    return actionFailure(err);
  }
  return { ok: true, message: "소중한 후기 감사해요. 더 잘 맞는 분을 소개하는 데 참고할게요." };
}
