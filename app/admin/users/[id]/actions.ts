"use server";
// Member detail page actions: the same use cases and zod schemas as the /api/admin/users/{id}/*
// operations (each write audited there), then the page is revalidated.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/page-actor";
import { AppError } from "@/lib/core/errors";
import { checked, text, type ActionState } from "@/lib/core/form";
import { parseWith } from "@/lib/core/parse";
import { actionFailure } from "@/lib/http/action-failure";
import { banMember, unbanMember } from "@/lib/admin/ban-member";
import { createManualMatch } from "@/lib/admin/create-match";
import { deleteMember } from "@/lib/admin/delete-member";
import { logConsultation } from "@/lib/admin/log-consultation";
import { getMemo, putMemo, type Memo } from "@/lib/admin/memo";
import { revealPii, type RevealedPii } from "@/lib/admin/reveal-pii";
import { updateMembership } from "@/lib/admin/update-membership";
import { ZBanBody, ZConsultationBody, ZIdParams, ZManualMatchBody, ZMemoBody, ZMembershipBody } from "@/lib/admin/schemas";

const idOf = (fd: FormData) => parseWith(ZIdParams, { id: text(fd, "userId") }).id;
const done = (id: string, message: string): ActionState => {
  revalidatePath(`/admin/users/${id}`);
  return { ok: true, message };
};

export async function consultationAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireAdmin();
  try {
    const id = idOf(fd);
    const body = parseWith(ZConsultationBody, { note: text(fd, "note") || undefined });
    const r = await logConsultation({ actor, input: { id, ...body } });
    return done(id, `상담을 기록했습니다. (총 ${r.consultationCount}회)`);
  } catch (err) {
    return actionFailure(err);
  }
}

/** "YYYY-MM-DD" from a date input = the end of that day in Seoul */
function endOfSeoulDay(day: string): string | null {
  if (!day) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new AppError("VALIDATION_FAILED", "만료일을 확인해 주세요.", { fields: { expiresAt: ["날짜를 선택해 주세요."] } });
  return new Date(new Date(`${day}T23:59:59.999+09:00`).getTime()).toISOString();
}

export async function membershipAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireAdmin();
  try {
    const id = idOf(fd);
    const body = parseWith(ZMembershipBody, { tier: text(fd, "tier"), expiresAt: endOfSeoulDay(text(fd, "expiresAt")) });
    await updateMembership({ actor, input: { id, ...body } });
    return done(id, "회원 등급을 변경했습니다.");
  } catch (err) {
    return actionFailure(err);
  }
}

export async function banAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireAdmin();
  try {
    const id = idOf(fd);
    const body = parseWith(ZBanBody, { reason: text(fd, "reason") });
    const r = await banMember({ actor, input: { id, ...body } });
    return done(id, `이용정지했습니다.${r.closedMatches ? ` 진행 중이던 매칭 ${r.closedMatches}건을 종료했습니다.` : ""}`);
  } catch (err) {
    return actionFailure(err);
  }
}

export async function unbanAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireAdmin();
  try {
    const id = idOf(fd);
    await unbanMember({ actor, input: { id } });
    return done(id, "이용정지를 해제했습니다.");
  } catch (err) {
    return actionFailure(err);
  }
}

export async function deleteAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireAdmin();
  let id: string;
  try {
    id = idOf(fd);
    if (!checked(fd, "confirm")) throw new AppError("VALIDATION_FAILED", "되돌릴 수 없음을 확인해 주세요.", { fields: { confirm: ["확인이 필요합니다."] } });
    await deleteMember({ actor, input: { id } });
  } catch (err) {
    return actionFailure(err);
  }
  revalidatePath("/admin/users");
  redirect(`/admin/users/${id}?deleted=1`);
}

export async function manualMatchAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireAdmin();
  try {
    const body = parseWith(ZManualMatchBody, { userId: text(fd, "userId"), partnerId: text(fd, "partnerId") });
    await createManualMatch({ actor, input: body });
    revalidatePath(`/admin/users/${body.partnerId}`);
    revalidatePath("/admin/matches");
    return done(body.userId, "매칭을 만들었습니다 (대기 상태).");
  } catch (err) {
    return actionFailure(err);
  }
}

export type RevealState = ActionState & { pii?: RevealedPii };

export async function revealPiiAction(_prev: RevealState, fd: FormData): Promise<RevealState> {
  const actor = await requireAdmin();
  try {
    const pii = await revealPii({ actor, input: { id: idOf(fd) } });
    return { ok: true, pii };
  } catch (err) {
    return actionFailure(err);
  }
}

export type MemoState = ActionState & { memo?: Memo };

/** Saves the memo; on a conflict or a storage failure the editor keeps the typed text (client state). */
export async function saveMemoAction(userId: string, text: string, version: number): Promise<MemoState> {
  const actor = await requireAdmin();
  try {
    const { id } = parseWith(ZIdParams, { id: userId });
    const body = parseWith(ZMemoBody, { text, version });
    const memo = await putMemo({ actor, input: { id, ...body } });
    return { ok: true, message: "메모를 저장했습니다.", memo };
  } catch (err) {
    return actionFailure(err);
  }
}

export async function loadMemoAction(userId: string): Promise<MemoState> {
  const actor = await requireAdmin();
  try {
    const { id } = parseWith(ZIdParams, { id: userId });
    return { ok: true, memo: await getMemo({ actor, input: { id } }) };
  } catch (err) {
    return actionFailure(err);
  }
}
