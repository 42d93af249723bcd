// The notifications money events write, inside the transaction that causes them (lib/notifications):
// a confirmed payment to its payer. Payloads carry ids only; dedupe keys make retries harmless.
import type { Tx } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";

export async function notifyPayment(tx: Tx, e: { kind: "PAYMENT_CONFIRMED"; payment: { id: string; userId: string; matchId: string | null; purpose: string } }) {
  const { payment } = e;
  const payload = payment.matchId ? { paymentId: payment.id, matchId: payment.matchId, purpose: payment.purpose } : { paymentId: payment.id, purpose: payment.purpose };
  await notify(tx, [{ userId: payment.userId, kind: e.kind, payload, dedupeKey: `payment:${payment.id}` }]);
}
