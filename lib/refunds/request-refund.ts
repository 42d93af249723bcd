// POST /api/payments/{id}/refund-request use case: a member asks for a refund of their own payment
// (anyone else's, or an unknown id: 404). The amount is what the refund policy gives today
// (lib/payments/refund-policy.ts, the same function the admin's form shows); a bank transfer needs the
// member's own account, stored encrypted. The request waits in the admin refund queue; asking twice
// answers the open request (200) instead of opening a second one.
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { ZPaymentIdParams } from "@/lib/payments/schemas";
import { openRefund } from "./open-refund";
import { refundsToAccount } from "@/lib/payments/refund-receive-account";
import { encryptAccount } from "./refund-account";
import { quotablePaymentSelect, quoteRefund, REFUNDABLE_STATUSES } from "./refund-context";
import { refundDtoSelect, toRefundDto } from "./refund-dto";
import { ZRefundRequestBody, ZRefundRequestResponse, type RefundRequestBody } from "./schemas";

const ACCOUNT_NEEDED = "계좌이체나 가상계좌로 결제하셨다면 환불 받을 본인 계좌를 알려 주세요.";

export async function requestRefund({ actor, input, now = new Date() }: { actor: Actor; input: { id: string } & RefundRequestBody; now?: Date }) {
  const { id, created } = await prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM "Payment" WHERE id = ${input.id}::uuid AND "userId" = ${actor.userId}::uuid FOR NO KEY UPDATE`;
    if (locked.length === 0) throw notFound("결제");
    const p = await tx.payment.findUniqueOrThrow({ where: { id: input.id }, select: quotablePaymentSelect });
    const open = await tx.refundRequest.findFirst({ where: { paymentId: p.id, status: { in: ["REQUESTED", "APPROVED"] } }, select: { id: true } });
    if (open) return { id: open.id, created: false };
    if (!(REFUNDABLE_STATUSES as readonly string[]).includes(p.status)) throw new AppError("CONFLICT", "결제가 끝난 주문만 환불을 요청할 수 있어요. 결제 내역에서 상태를 확인해 주세요.");
    const quote = await quoteRefund(p, now, tx);
    if (quote.amount <= 0) throw new AppError("CONFLICT", `환불정책에 따라 돌려드릴 금액이 없어요 (${quote.rule}).`);
    // a transfer, or a deposited 가상계좌 (Toss refunds it to refundReceiveAccount): the member's own account
    if (refundsToAccount(p) && !input.account) throw new AppError("VALIDATION_FAILED", ACCOUNT_NEEDED, { fields: { account: [ACCOUNT_NEEDED] } });
    const account = refundsToAccount(p) && input.account ? encryptAccount(input.account) : null;
    return openRefund(tx, { paymentId: p.id, userId: actor.userId, matchId: p.matchId, source: "MEMBER_REQUEST", status: "REQUESTED", amount: quote.amount, rule: quote.rule, reason: input.reason, refundAccountEnc: account, now });
  });
  const row = await prisma.refundRequest.findUniqueOrThrow({ where: { id }, select: refundDtoSelect });
  return { refund: toRefundDto(row), created };
}

export const requestRefundOperation = defineOperation({
  method: "POST",
  path: "/api/payments/{id}/refund-request",
  access: "member",
  tag: "payments",
  summary: "환불 요청 (본인 결제만, 환불정책 금액; 계좌이체는 본인 환불 계좌 필수·암호화 저장) — 관리자 환불 대기열로",
  params: ZPaymentIdParams,
  body: ZRefundRequestBody,
  output: ZRefundRequestResponse,
  otherStatuses: [201],
  statusOf: (out) => (out.created ? 201 : 200),
  rateLimit: { name: "refund-request", limit: 10, windowMs: 60_000, by: "actor" },
  run: requestRefund,
});
