"use server";
// Block, unblock and report from any member page → the same use cases as /api/blocks and /api/reports.
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/page-actor";
import { text, type ActionState } from "@/lib/core/form";
import { parseWith } from "@/lib/core/parse";
import { actionFailure } from "@/lib/http/action-failure";
import { blockMember } from "@/lib/members/block-member";
import { ZBlockIdParams, ZBlockRequest } from "@/lib/members/schemas";
import { unblockMember } from "@/lib/members/unblock-member";
import { createReport } from "@/lib/reports/create-report";
import { ZReportRequest } from "@/lib/reports/schemas";

export async function blockMemberAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireMember();
  try {
    await blockMember({ actor, input: parseWith(ZBlockRequest, { userId: text(fd, "userId") }) });
  } catch (err) {
    return actionFailure(err);
  }
  // no revalidation here: the menu shows this message, then refreshes the page (which drops the member)
  return { ok: true, message: "차단했어요. 앞으로 서로 추천되지 않아요." };
}

export async function unblockMemberAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireMember();
  try {
    // a malformed id names no block of the member's: the same 404 as the API
    const parsed = ZBlockIdParams.safeParse({ id: text(fd, "blockId") });
    await unblockMember({ actor, input: parsed.success ? parsed.data : { id: "00000000-0000-0000-0000-000000000000" } });
  } catch (err) {
    return actionFailure(err);
  }
  revalidatePath("/me/blocks");
  return { ok: true, message: "차단을 해제했어요." };
}

export async function reportMemberAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireMember();
  try {
    const input = parseWith(ZReportRequest, {
      userId: text(fd, "userId"),
      reason: text(fd, "reason") || undefined,
      detail: text(fd, "detail") || undefined,
    });
    await createReport({ actor, input });
  } catch (err) {
    return actionFailure(err);
  }
  // no revalidation here: the menu shows this message, then refreshes the page (which drops the member)
  return { ok: true, message: "신고가 접수되었어요. 해당 회원은 차단되어 더 이상 추천되지 않아요." };
}
