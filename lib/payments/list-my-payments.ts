// GET /api/payments use case: the caller's own payments, newest first (/me/payments).
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { paymentDtoSelect, toPaymentDto, ZPaymentList, type PaymentDto } from "./schemas";

export async function listMyPayments({ actor }: { actor: Actor }): Promise<{ payments: PaymentDto[] }> {
  const rows = await prisma.payment.findMany({
    where: { userId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: paymentDtoSelect,
  });
  return { payments: rows.map((p) => toPaymentDto(p, env.BANK_ACCOUNT_TEXT)) };
}

export const listMyPaymentsOperation = defineOperation({
  method: "GET",
  path: "/api/payments",
  access: "member",
  tag: "payments",
  summary: "내 결제 내역 (최신순)",
  output: ZPaymentList,
  run: listMyPayments,
});
