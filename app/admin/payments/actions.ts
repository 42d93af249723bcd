"use server";
// /admin/payments actions → the same use cases as POST /api/admin/payments/{id}/verify,
// POST /api/admin/matches/{id}/activate and POST /api/admin/payments/{id}/cancel (each audited).
import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/auth/page-actor";
import { checked, text, type ActionState } from "@/lib/core/form";
import { parseWith } from "@/lib/core/parse";
import { actionFailure } from "@/lib/http/action-failure";
import { activateMatch, ZActivateMatchRequest } from "@/lib/matching/activate-match";
import { ZMatchIdParams } from "@/lib/matching/schemas";
import { cancelPayment } from "@/lib/payments/cancel-payment";
import { ZCancelPaymentRequest, ZPaymentIdParams, ZVerifyPaymentRequest } from "@/lib/payments/schemas";
import { verifyPayment } from "@/lib/payments/verify-payment";

/** 입금 확인, and (checked by default) 매칭 확정 in the same click. */
export async function verifyAndActivateAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireAdmin();
  try {
    const { id } = parseWith(ZPaymentIdParams, { id: text(fd, "paymentId") });
    const body = parseWith(ZVerifyPaymentRequest, { depositorName: text(fd, "depositorName"), memo: text(fd, "memo") || undefined });
    const { payment } = await verifyPayment({ actor, input: { id, ...body } });
    let message = "입금을 확인했습니다.";
    if (checked(fd, "activate") && payment.matchId) {
      await activateMatch({ actor, input: { id: payment.matchId } });
      message = "입금을 확인하고 매칭을 확정했습니다.";
    }
    revalidatePath("/admin/payments");
    return { ok: true, message };
  } catch (err) {
    return actionFailure(err);
  }
}

export async function activateMatchAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireAdmin();
  try {
    const { id } = parseWith(ZMatchIdParams, { id: text(fd, "matchId") });
    const body = parseWith(ZActivateMatchRequest, text(fd, "reason") ? { reason: text(fd, "reason") } : {});
    const out = await activateMatch({ actor, input: { id, ...body } });
    revalidatePath("/admin/payments");
    return { ok: true, message: out.forced ? "사유를 기록하고 매칭을 강제로 확정했습니다." : "매칭을 확정했습니다." };
  } catch (err) {
    return actionFailure(err);
  }
}

export async function cancelPaymentAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireAdmin();
  try {
    const { id } = parseWith(ZPaymentIdParams, { id: text(fd, "paymentId") });
    const amount = text(fd, "amount").replaceAll(",", "").trim();
    const body = parseWith(ZCancelPaymentRequest, { reason: text(fd, "reason"), ...(amount ? { amount: Number(amount) } : {}) });
    const { payment } = await cancelPayment({ actor, input: { id, ...body } });
    revalidatePath("/admin/payments");
    return { ok: true, message: `환불했습니다 (누적 ${payment.refundedAmount.toLocaleString("ko-KR")}원).` };
  } catch (err) {
    return actionFailure(err);
  }
}
