// GET /api/payments/{id} use case: one payment for its payer, the other participant of its match (a
// transfer either of them may make), or an admin; anyone else gets 404, like an unknown id.
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { isAdmin, type Actor } from "@/lib/core/actor";
import { notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { paymentDtoSelect, toPaymentDto, ZPaymentIdParams, ZPaymentResponse, type PaymentDto } from "./schemas";

/** Payments `actor` may read: their own, and those of matches they take part in. */
export function readablePaymentsWhere(actor: Actor): Prisma.PaymentWhereInput {
  if (isAdmin(actor)) return {};
  const me = actor.userId;
  return { OR: [{ userId: me }, { match: { OR: [{ userAId: me }, { userBId: me }] } }] };
}

export async function getPayment({ actor, input }: { actor: Actor; input: { id: string } }): Promise<{ payment: PaymentDto }> {
  const p = await prisma.payment.findFirst({ where: { id: input.id, ...readablePaymentsWhere(actor) }, select: paymentDtoSelect });
  if (!p) throw notFound("결제");
  return { payment: toPaymentDto(p, env.BANK_ACCOUNT_TEXT) };
}

/** The cheap check of the payment page: may the caller read this payment? */
export async function paymentVisibleTo(actor: Actor, id: string): Promise<boolean> {
  return (await prisma.payment.findFirst({ where: { id, ...readablePaymentsWhere(actor) }, select: { id: true } })) !== null;
}

export const getPaymentOperation = defineOperation({
  method: "GET",
  path: "/api/payments/{id}",
  access: "member",
  tag: "payments",
  summary: "결제 조회 (결제한 회원, 같은 매칭의 상대 회원, 관리자만; 그 외 404)",
  params: ZPaymentIdParams,
  output: ZPaymentResponse,
  run: getPayment,
});
