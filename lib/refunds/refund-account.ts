// The account a bank-transfer refund goes to: typed by the member, encrypted at rest like other PII
// (lib/crypto/pii.ts), decrypted only for the operator who sends the money (docs/architecture.md, PII).
// PUT /api/payments/refunds/{id}/account: the member names it for a refund the app started on its own
// (the partner left): until then the refund is owed but cannot be sent.
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { encryptPii } from "@/lib/crypto/pii";
import { ACCOUNT_SEP, parseStoredAccount, refundsToAccount } from "@/lib/payments/refund-receive-account";
import { payBackRefund } from "./pay-back";
import { refundDtoSelect, toRefundDto } from "./refund-dto";
import { ZRefundAccountBody, ZRefundIdParams, ZRefundResponse, type RefundAccount } from "./schemas";

export const encryptAccount = (a: RefundAccount) => encryptPii([a.bank, a.accountNumber, a.holder].join(ACCOUNT_SEP));

export function decryptAccount(stored: string | null): RefundAccount | null {
  if (!stored) return null;
  const { bank, accountNumber, holder } = parseStoredAccount(stored);
  return { bank: bank as RefundAccount["bank"], accountNumber, holder };
}

export async function setRefundAccount({ actor, input }: { actor: Actor; input: { id: string; account: RefundAccount } }) {
  const refund = await prisma.refundRequest.findFirst({ where: { id: input.id, userId: actor.userId }, select: { id: true, status: true, payment: { select: { method: true, virtualAccount: true } } } });
  if (!refund) throw notFound("환불");
  if (!refundsToAccount(refund.payment)) throw new AppError("CONFLICT", "카드 결제는 카드 승인 취소로 환불돼요. 계좌가 필요하지 않아요.");
  if (refund.status !== "REQUESTED" && refund.status !== "APPROVED") throw new AppError("CONFLICT", "이미 끝난 환불이에요. 결제 내역에서 확인해 주세요.");
  await prisma.refundRequest.update({ where: { id: refund.id }, data: { refundAccountEnc: encryptAccount(input.account) }, select: { id: true } });
  // a 가상계좌 refund already decided (the app opened it, or the operator approved it) waited only for
  // this account: Toss returns the money there now (never inside a transaction; the job retries)
  if (refund.payment.method === "TOSS" && refund.status === "APPROVED") await payBackRefund(refund.id, { decidedBy: "system:refunds" });
  const updated = await prisma.refundRequest.findUniqueOrThrow({ where: { id: refund.id }, select: refundDtoSelect });
  return { refund: toRefundDto(updated) };
}

export const setRefundAccountOperation = defineOperation({
  method: "PUT",
  path: "/api/payments/refunds/{id}/account",
  access: "member",
  tag: "payments",
  summary: "계좌이체·가상계좌 환불 받을 본인 계좌 등록 (암호화 저장, 응답에 계좌번호 없음; 가상계좌는 승인된 환불을 바로 토스로 돌려받음)",
  params: ZRefundIdParams,
  body: ZRefundAccountBody,
  output: ZRefundResponse,
  rateLimit: { name: "refund-account", limit: 10, windowMs: 60_000, by: "actor" },
  run: setRefundAccount,
});
