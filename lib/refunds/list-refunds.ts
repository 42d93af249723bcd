// GET /api/payments/refunds (the member's paid payments with what the refund policy gives back today
// and their refund, if any: /me/payments, /me/withdraw) and GET /api/admin/refunds (the admin refund
// queue: requests to decide and refunds owed first, then the rest, newest first).
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { decryptAccount } from "./refund-account";
import { refundsToAccount } from "@/lib/payments/refund-receive-account";
import { quotablePaymentSelect, quoteRefund, REFUNDABLE_STATUSES } from "./refund-context";
import { refundDtoSelect, toRefundDto } from "./refund-dto";
import { ZAdminRefundList, ZAdminRefundsQuery, ZMyRefunds, type AdminRefundDto } from "./schemas";

export async function listMyRefunds({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  const rows = await prisma.payment.findMany({
    where: { userId: actor.userId, OR: [{ status: { in: [...REFUNDABLE_STATUSES, "REFUND_PENDING", "REFUNDED"] } }, { refundRequests: { some: {} } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { ...quotablePaymentSelect, refundRequests: { orderBy: { createdAt: "desc" }, take: 1, select: refundDtoSelect } },
  });
  const payments = await Promise.all(
    rows.map(async (p) => {
      const refundable = (REFUNDABLE_STATUSES as readonly string[]).includes(p.status);
      const quote = refundable ? await quoteRefund(p, now) : { amount: 0, rule: "환불할 금액이 남아 있지 않아요" };
      const last = p.refundRequests[0];
      return { paymentId: p.id, orderName: p.orderName, method: p.method, refundTo: refundsToAccount(p) ? ("ACCOUNT" as const) : ("CARD" as const), quote: { amount: quote.amount, rule: quote.rule }, refund: last ? toRefundDto(last) : null };
    }),
  );
  return { payments };
}

export const listMyRefundsOperation = defineOperation({
  method: "GET",
  path: "/api/payments/refunds",
  access: "member",
  tag: "payments",
  summary: "내 환불: 결제별 환불정책 금액(오늘 기준)과 환불 요청·진행 상태",
  output: ZMyRefunds,
  run: listMyRefunds,
});

const adminSelect = {
  ...refundDtoSelect,
  userId: true,
  failureMessage: true,
  user: { select: { name: true, profile: { select: { nickname: true } } } },
  payment: { select: { id: true, method: true, purpose: true, amount: true, refundedAmount: true, orderName: true, status: true, virtualAccount: true } },
} as const;

export async function adminListRefunds({ input = {} }: { actor?: Actor; input?: { status?: AdminRefundDto["status"] } }) {
  const open = ["REQUESTED", "APPROVED"] as const;
  const rows = await prisma.refundRequest.findMany({
    where: input.status ? { status: input.status } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: adminSelect,
  });
  const first = (s: string) => ((open as readonly string[]).includes(s) ? 0 : 1);
  rows.sort((a, b) => first(a.status) - first(b.status));
  const refunds: AdminRefundDto[] = rows.map((r) => ({
    ...toRefundDto(r),
    payer: { userId: r.userId, nickname: r.user.profile?.nickname ?? r.user.name ?? null },
    payment: { id: r.payment.id, method: r.payment.method, purpose: r.payment.purpose, amount: r.payment.amount, refundedAmount: r.payment.refundedAmount, orderName: r.payment.orderName, status: r.payment.status },
    // the operator needs the number to send the money; only while it is still owed
    account: refundsToAccount(r.payment) && (r.status === "REQUESTED" || r.status === "APPROVED") ? decryptAccount(r.refundAccountEnc) : null,
    failureMessage: r.failureMessage,
  }));
  return { refunds };
}

export const adminListRefundsOperation = defineOperation({
  method: "GET",
  path: "/api/admin/refunds",
  access: "admin",
  tag: "admin",
  summary: "환불 대기열 (처리할 요청·송금할 환불 먼저; status 필터) — 계좌이체 환불 계좌는 처리 중에만 표시",
  query: ZAdminRefundsQuery,
  output: ZAdminRefundList,
  run: adminListRefunds,
});
