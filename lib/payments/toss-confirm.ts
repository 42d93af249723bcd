// POST /api/payments/toss/confirm use case: after Toss's success redirect. The order must be the
// caller's (else 404) and the redirect's amount must equal the stored one (else 422, and nothing is
// sent to Toss); then the one settlement path (settle-toss.ts) confirms with Toss and applies the
// purchase. Repeating the call returns the same result without asking Toss again.
import { z } from "zod";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { settleTossPayment } from "./settle-toss";
import { paymentDtoSelect, toPaymentDto, ZPaymentDto, ZTossConfirmRequest, type TossConfirmRequest } from "./schemas";

export const ZTossConfirmResponse = z.object({
  payment: ZPaymentDto,
  /** the caller's membership after the payment */
  membership: z.object({ tier: z.enum(["FREE", "BASIC", "PREMIUM"]), expiresAt: z.string().nullable() }),
});
export type TossConfirmResponse = z.infer<typeof ZTossConfirmResponse>;

export async function confirmTossPaymentForMember({ actor, input, now = new Date() }: { actor: Actor; input: TossConfirmRequest; now?: Date }): Promise<TossConfirmResponse> {
  const where = { orderId: input.orderId, userId: actor.userId, method: "TOSS" as const };
  const order = await prisma.payment.findFirst({ where, select: { id: true, amount: true, status: true, paymentKey: true } });
  if (!order) throw notFound("주문");
  if (input.amount !== order.amount) {
    throw new AppError("VALIDATION_FAILED", "결제 금액이 주문 금액과 달라요. 결제 내역을 확인하시거나 고객센터로 문의해 주세요.", { fields: { amount: ["결제 금액이 주문 금액과 달라요."] } });
  }
  if (order.status === "PAID" && order.paymentKey !== input.paymentKey) throw new AppError("CONFLICT", "이미 다른 결제로 완료된 주문이에요. 결제 내역에서 확인해 주세요.");
  // AWAITING_DEPOSIT: the 가상계좌 was issued by an earlier confirm (a reload): show it again
  if (order.status !== "PAID" && order.status !== "PENDING" && order.status !== "AWAITING_DEPOSIT") throw new AppError("CONFLICT", "이미 끝난 주문이에요. 처음부터 다시 결제해 주세요.");
  if (order.status === "PENDING") await settleTossPayment({ paymentId: order.id, paymentKey: input.paymentKey, source: "confirm", now });
  return result(order.id, actor.userId);
}

async function result(paymentId: string, userId: string): Promise<TossConfirmResponse> {
  const [payment, user] = await Promise.all([
    prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, select: paymentDtoSelect }),
    prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { membershipTier: true, membershipExpiresAt: true } }),
  ]);
  // a 가상계좌 is confirmed by issuing the account: the member is shown where to deposit (nothing charged yet)
  if (payment.status !== "PAID" && payment.status !== "AWAITING_DEPOSIT") throw new AppError("CONFLICT", payment.failureMessage ?? "결제를 완료하지 못했어요. 결제 내역에서 상태를 확인해 주세요.");
  return {
    payment: toPaymentDto(payment, env.BANK_ACCOUNT_TEXT),
    membership: { tier: user.membershipTier, expiresAt: user.membershipExpiresAt?.toISOString() ?? null },
  };
}

export const confirmTossPaymentOperation = defineOperation({
  method: "POST",
  path: "/api/payments/toss/confirm",
  access: "member",
  tag: "payments",
  summary: "토스 결제 승인: 저장된 금액과 비교 후 토스 승인(멱등키) → 카드는 멤버십/매칭 이용료 반영 (한 번만 청구·반영), 가상계좌는 발급된 계좌로 입금 대기",
  body: ZTossConfirmRequest,
  output: ZTossConfirmResponse,
  rateLimit: { name: "payments-confirm", limit: 30, windowMs: 60_000, by: "actor" },
  run: confirmTossPaymentForMember,
});
