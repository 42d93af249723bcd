// The notifications money events write, inside the transaction that causes them (lib/notifications):
// a confirmed payment to its payer, and to the partner of a pending match that the match fee is paid
// (one fee covers the match: docs/payments.md "One open payment per match"). Payloads carry ids only; dedupe keys make retries harmless.
import type { Tx } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { FEE_PAID_STATUSES } from "./state-machine";

export async function notifyPayment(tx: Tx, e: { kind: "PAYMENT_CONFIRMED"; payment: { id: string; userId: string; matchId: string | null; purpose: string } }) {
  const { payment } = e;
  const payload = payment.matchId ? { paymentId: payment.id, matchId: payment.matchId, purpose: payment.purpose } : { paymentId: payment.id, purpose: payment.purpose };
  await notify(tx, [{ userId: payment.userId, kind: e.kind, payload, dedupeKey: `payment:${payment.id}` }]);
}

export async function notifyPartnerPaid(tx: Tx, payment: { userId: string; matchId: string | null; purpose: string }) {
  if (payment.purpose !== "MATCH_FEE" || !payment.matchId) return;
  const match = await tx.match.findUnique({ where: { id: payment.matchId }, select: { status: true, userAId: true, userBId: true } });
  if (!match || match.status !== "PENDING") return;
  const partner = match.userAId === payment.userId ? match.userBId : match.userAId;
  const partnerPaid = await tx.payment.count({ where: { matchId: payment.matchId, userId: partner, status: { in: [...FEE_PAID_STATUSES] } } });
  if (partnerPaid > 0) return;
  await notify(tx, [{ userId: partner, kind: "MATCH_PARTNER_PAID", payload: { matchId: payment.matchId }, dedupeKey: `match:${payment.matchId}` }]);
}
