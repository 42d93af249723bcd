// Parking an order for a person (state machine PARKED or LATE_MONEY → NEEDS_REVIEW, docs/payments.md): the app cannot
// tell what Toss holds, or Toss refused what the app asked. The raw answer is kept for the reviewer,
// the member hears that a person is checking (never "provider slow"), and the admin money page lists it.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { logger } from "@/lib/logger";
import { notify } from "@/lib/notifications/notify";
import { movePayment, type PaymentEvent } from "./state-machine";

export async function parkPayment(
  tx: Tx,
  p: { id: string; userId: string; status: Parameters<typeof movePayment>[2] },
  why: { reason: string; raw?: Prisma.InputJsonValue; data?: Omit<Prisma.PaymentUncheckedUpdateManyInput, "status"> },
  event: Extract<PaymentEvent, "PARKED" | "LATE_MONEY"> = "PARKED",
) {
  const moved = await movePayment(tx, p.id, p.status, event, {
    ...why.data,
    reviewReason: why.reason.slice(0, 200),
    ...(why.raw === undefined ? {} : { rawResponse: why.raw }),
    failureMessage: "결제 상태를 운영팀이 확인하고 있어요.",
  });
  if (!moved) return false;
  logger.error({ paymentId: p.id, reason: why.reason }, "payment parked for review");
  await notify(tx, [{ userId: p.userId, kind: "PAYMENT_REVIEW", payload: { paymentId: p.id }, dedupeKey: `review:${p.id}` }]);
  return true;
}
