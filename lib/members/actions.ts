"use server";
// Server actions of the member account UI (onboarding, withdrawal, blocks, reports), calling the
// same use cases as the JSON API.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth";
import { requireMember } from "@/lib/auth/page-actor";
import { parseWith } from "@/lib/core/parse";
import { AppError } from "@/lib/core/errors";
import { createReport } from "@/lib/reports/create-report";
import { ZReportRequest } from "@/lib/reports/schemas";
import { checked, text, type ActionState } from "@/lib/core/form";
import { actionFailure } from "@/lib/http/action-failure";
import { blockMember } from "./block-member";
import { completeOnboarding } from "./complete-onboarding";
import { ZBlockRequest, ZOnboardingRequest } from "./schemas";
import { unblockMember } from "./unblock-member";
import { withdrawMember } from "./withdraw-member";

export async function completeOnboardingAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireMember({ allowOnboarding: true });
  try {
    const input = parseWith(ZOnboardingRequest, {
      realName: text(fd, "realName"),
      phone: text(fd, "phone"),
      birthDate: text(fd, "birthDate"),
      gender: text(fd, "gender") || undefined,
      agreeTerms: checked(fd, "agreeTerms"),
      agreePrivacy: checked(fd, "agreePrivacy"),
      agreeRefund: checked(fd, "agreeRefund"),
      confirmAdult: checked(fd, "confirmAdult"),
    });
    await completeOnboarding({ actor, input });
  } catch (err) {
    return actionFailure(err);
  }
  // the member shell (bottom tabs) depends on the status that just changed
  revalidatePath("/", "layout");
  redirect("/profile?welcome=1");
}

export async function withdrawAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireMember({ allowOnboarding: true });
  try {
    if (!checked(fd, "confirm")) {
      throw new AppError("VALIDATION_FAILED", "탈퇴 시 복구할 수 없음을 확인해 주세요.", { fields: { confirm: ["탈퇴 시 복구할 수 없음을 확인해 주세요."] } });
    }
    await withdrawMember({ userId: actor.userId, reason: "SELF" });
  } catch (err) {
    return actionFailure(err);
  }
  await signOut({ redirectTo: "/?withdrawn=1" });
  return { ok: true };
}

export async function blockMemberAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireMember();
  try {
    await blockMember({ actor, ...parseWith(ZBlockRequest, { userId: text(fd, "userId") }) });
  } catch (err) {
    return actionFailure(err);
  }
  revalidatePath("/", "layout");
  return { ok: true, message: "차단했습니다. 서로 추천되지 않습니다." };
}

export async function unblockMemberAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireMember();
  try {
    await unblockMember({ actor, blockId: text(fd, "blockId") });
  } catch (err) {
    return actionFailure(err);
  }
  revalidatePath("/me/blocks");
  return { ok: true, message: "차단을 해제했습니다." };
}

export async function reportMemberAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireMember();
  try {
    const input = parseWith(ZReportRequest, {
      userId: text(fd, "userId"),
      reason: text(fd, "reason") || undefined,
      detail: text(fd, "detail") || undefined,
    });
    await createReport({ actor, ...input });
  } catch (err) {
    return actionFailure(err);
  }
  revalidatePath("/", "layout");
  return { ok: true, message: "신고가 접수되었습니다. 해당 회원은 차단되어 더 이상 추천되지 않습니다." };
}
