// POST /api/payments/intent use case (seed B §7): the match fee of a PENDING match by bank transfer.
// Only a participant of the match may ask (anyone else, or a match hidden by a block: 404). Returns the
// amount, the account to transfer to and a unique depositor code the member types as 입금자명.
//
// One open transfer intent per match, shared by both participants: the match row is locked
// (FOR NO KEY UPDATE) while looking for an open intent and creating one, so concurrent requests for
// the same match get the same payment. Codes are unique by the unique index on depositCode; the
// insert uses ON CONFLICT DO NOTHING and retries with a fresh code, so a collision never aborts the
// transaction. The requester gets a PAYMENT_DUE notification (written in the same transaction) that leads
// back to the payment page with the account and the code.
import { z } from "zod";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { notBlockedWith } from "@/lib/core/visibility";
import { notify } from "@/lib/notifications/notify";
import { newDepositCode, newOrderId } from "./ids";
import { findProduct, MATCH_FEE_PRODUCT_ID } from "./products";
import { lockMatch } from "./purchase";
import { paymentDtoSelect, toPaymentDto, ZPaymentResponse, ZTransferIntentRequest, type PaymentDto } from "./schemas";

const MAX_CODE_ATTEMPTS = 8;

export async function createTransferIntent({ actor, input, codes = newDepositCode }: { actor: Actor; input: { matchId: string }; codes?: () => string }) {
  const me = actor.userId;
  const visible = await prisma.match.findFirst({
    where: { id: input.matchId, OR: [{ userAId: me }, { userBId: me }], userA: notBlockedWith(me), userB: notBlockedWith(me) },
    select: { id: true },
  });
  if (!visible) throw notFound("매칭");
  const fee = findProduct(MATCH_FEE_PRODUCT_ID)!;

  const { created, payment } = await prisma.$transaction(async (tx) => {
    const match = await lockMatch(tx, input.matchId);
    if (!match || match.status !== "PENDING") throw notFound("매칭");
    if (await tx.payment.findFirst({ where: { matchId: match.id, purpose: "MATCH_FEE", status: "PAID" }, select: { id: true } })) {
      throw new AppError("CONFLICT", "이미 결제가 끝난 매칭이에요. 매칭 화면에서 확인해 주세요.");
    }
    const open = await tx.payment.findFirst({
      where: { matchId: match.id, purpose: "MATCH_FEE", method: "TRANSFER", status: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: paymentDtoSelect,
    });
    if (open) return { created: false, payment: open };
    for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
      const rows = await tx.payment.createManyAndReturn({
        data: [{ userId: me, matchId: match.id, purpose: "MATCH_FEE", method: "TRANSFER", amount: fee.price, orderId: newOrderId(), orderName: fee.name, productId: fee.id, depositCode: codes() }],
        skipDuplicates: true,
        select: paymentDtoSelect,
      });
      if (rows[0]) {
        // the depositor code stays in reach (notification centre → the payment page) until the money arrives
        await notify(tx, [{ userId: me, kind: "PAYMENT_DUE", payload: { paymentId: rows[0].id, matchId: match.id }, dedupeKey: `payment:${rows[0].id}` }]);
        return { created: true, payment: rows[0] };
      }
    }
    throw new AppError("UNAVAILABLE", "입금 코드를 만들지 못했어요. 잠시 후 다시 시도해 주세요.");
  });
  const out: { payment: PaymentDto; created: boolean } = { payment: toPaymentDto(payment, env.BANK_ACCOUNT_TEXT), created };
  return out;
}

export const createTransferIntentOperation = defineOperation({
  method: "POST",
  path: "/api/payments/intent",
  access: "member",
  tag: "payments",
  summary: "계좌이체 결제 요청: 매칭 이용료 금액, 입금 계좌, 입금자명 코드 (같은 매칭이면 같은 요청을 반환)",
  body: ZTransferIntentRequest,
  output: ZPaymentResponse.extend({ created: z.boolean() }),
  otherStatuses: [201],
  statusOf: (out) => (out.created ? 201 : 200),
  rateLimit: { name: "payments-intent", limit: 20, windowMs: 60_000, by: "actor" },
  run: createTransferIntent,
});
