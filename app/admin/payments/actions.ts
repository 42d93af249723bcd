"use server";
// /admin/payments actions → the same use cases as POST /api/admin/payments/{id}/verify,
// POST /api/admin/matches/{id}/activate and POST /api/admin/payments/{id}/cancel (each audited).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/page-actor";
import { checked, text, type ActionState } from "@/lib/core/form";
import { parseWith } from "@/lib/core/parse";
import { actionFailure } from "@/lib/http/action-failure";
import { activateMatch, ZActivateMatchRequest } from "@/lib/matching/activate-match";
import { ZMatchIdParams } from "@/lib/matching/schemas";
import { cancelPayment } from "@/lib/payments/cancel-payment";
import { ZCancelPaymentRequest, ZPaymentIdParams, ZVerifyPaymentRequest } from "@/lib/payments/schemas";
import { verifyPayment } from "@/lib/payments/verify-payment";
import type { AdminPaymentNotice } from "./notices";

/**
 * A successful action usually removes its own form (a verified transfer leaves the 입금 대기 list, an
 * activated match loses its button), and the form's message with it: so success goes back to the
 * queue with the same filter and a page-level notice instead.
 */
function backToQueue(fd: FormData, notice: AdminPaymentNotice): never {
  revalidatePath("/admin/payments");
  const q = new URLSearchParams();
  for (const key of ["status", "method"]) {
    const v = text(fd, key);
    if (/^[A-Z]{3,10}$/.test(v)) q.set(key, v);
  }
  q.set("notice", notice);
  redirect(`/admin/payments?${q}`);
}

/** 입금 확인, and (checked by default) 매칭 확정 in the same click. */
export async function verifyAndActivateAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireAdmin();
  let matchId: string | null;
  try {
    const { id } = parseWith(ZPaymentIdParams, { id: text(fd, "paymentId") });
    const body = parseWith(ZVerifyPaymentRequest, { depositorName: text(fd, "depositorName"), memo: text(fd, "memo") || undefined });
    matchId = (await verifyPayment({ actor, input: { id, ...body } })).payment.matchId;
  } catch (err) {
    return actionFailure(err);
  }
  if (!checked(fd, "activate") || !matchId) backToQueue(fd, "verified");
  try {
    await activateMatch({ actor, input: { id: matchId } });
  } catch {
    // the deposit is recorded either way; the row now offers 매칭 확정 again
    backToQueue(fd, "verified-not-activated");
  }
  backToQueue(fd, "verified-activated");
}

export async function activateMatchAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireAdmin();
  let forced: boolean;
  try {
    const { id } = parseWith(ZMatchIdParams, { id: text(fd, "matchId") });
    const body = parseWith(ZActivateMatchRequest, text(fd, "reason") ? { reason: text(fd, "reason") } : {});
    forced = (await activateMatch({ actor, input: { id, ...body } })).forced;
  } catch (err) {
    return actionFailure(err);
  }
  backToQueue(fd, forced ? "force-activated" : "activated");
}

export async function cancelPaymentAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireAdmin();
  try {
    const { id } = parseWith(ZPaymentIdParams, { id: text(fd, "paymentId") });
    const amount = text(fd, "amount").replaceAll(",", "").trim();
    const body = parseWith(ZCancelPaymentRequest, { reason: text(fd, "reason"), ...(amount ? { amount: Number(amount) } : {}) });
    await cancelPayment({ actor, input: { id, ...body } });
  } catch (err) {
    return actionFailure(err);
  }
  backToQueue(fd, "refunded");
}
