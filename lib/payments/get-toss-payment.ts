// GET /api/payments/toss/{paymentKey} use case: a card payment
// by Toss's key, for its owner or an admin (anyone else 404), with Toss's live view of it when Toss
// answers (null when it cannot: the stored payment is still shown).
import { z } from "zod";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { isAdmin, type Actor } from "@/lib/core/actor";
import { notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { logger } from "@/lib/logger";
import { paymentDtoSelect, receiptUrlOf, toPaymentDto, ZPaymentDto, ZPaymentKeyParams } from "./schemas";
import { getTossPayment } from "./toss-client";

const ZTossView = z.object({
  status: z.string(),
  method: z.string().nullable(),
  totalAmount: z.number().int(),
  balanceAmount: z.number().int(),
  approvedAt: z.string().nullable(),
  receiptUrl: z.string().nullable(),
});
const ZTossPaymentLookup = z.object({ payment: ZPaymentDto, toss: ZTossView.nullable() });

export async function getTossPaymentByKey({ actor, input }: { actor: Actor; input: { paymentKey: string } }) {
  const p = await prisma.payment.findFirst({
    where: { paymentKey: input.paymentKey, method: "TOSS", ...(isAdmin(actor) ? {} : { userId: actor.userId }) },
    select: paymentDtoSelect,
  });
  if (!p) throw notFound("결제");
  const toss = await getTossPayment(input.paymentKey).then(
    (t) => ({ status: t.status, method: t.method ?? null, totalAmount: t.totalAmount, balanceAmount: t.balanceAmount, approvedAt: t.approvedAt ?? null, receiptUrl: receiptUrlOf(t) }),
    (err: unknown) => {
      logger.warn({ paymentId: p.id, err: (err as Error).message }, "toss lookup failed; answering with the stored payment");
      return null;
    },
  );
  return { payment: toPaymentDto(p, env.BANK_ACCOUNT_TEXT), toss };
}

export const getTossPaymentOperation = defineOperation({
  method: "GET",
  path: "/api/payments/toss/{paymentKey}",
  access: "member",
  tag: "payments",
  summary: "카드 결제 조회 (paymentKey; 본인 또는 관리자만, 그 외 404) — 토스의 현재 상태 포함",
  params: ZPaymentKeyParams,
  output: ZTossPaymentLookup,
  run: getTossPaymentByKey,
});
