// GET /api/admin/payments use case: the payments queue, filtered by status and method. Without a
// filter it lists only what needs a person (NEEDS_PERSON: a transfer's deposit to check, a parked
// order, a refund or a close Toss has not confirmed for a while, a paid match to activate); `queue=all`
// lists everything. Open bank transfers come first (the deposits an admin has to check), then the rest,
// newest first;
// each row carries the refund the policy suggests today (lib/payments/refund-policy.ts, the same function
// a member's refund request uses).
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { refundQuote } from "./refund-policy";
import { FEE_PAID_STATUSES } from "./state-machine";
import { paymentDtoSelect, toPaymentDto, ZAdminPaymentList, ZAdminPaymentsQuery, type AdminPaymentDto } from "./schemas";

const adminSelect = {
  ...paymentDtoSelect,
  depositorName: true,
  verifiedById: true,
  failureCode: true,
  cancelReason: true,
  user: { select: { id: true, name: true, profile: { select: { nickname: true } } } },
  match: { select: { id: true, status: true, closedReason: true } },
} as const;
type AdminRow = Prisma.PaymentGetPayload<{ select: typeof adminSelect }>;

const quoteOf = (q: { amount: number; rule: string }) => ({ amount: q.amount, rule: q.rule });

/** `benefitUsed`: the payer got a weekly list since the membership's period began (refund policy, 청약철회) */
export function toAdminPaymentDto(p: AdminRow, now: Date, benefitUsed?: boolean): AdminPaymentDto {
  return {
    ...toPaymentDto(p, env.BANK_ACCOUNT_TEXT),
    payer: { userId: p.user.id, nickname: p.user.profile?.nickname ?? p.user.name ?? null },
    depositorName: p.depositorName,
    verifiedById: p.verifiedById,
    failureCode: p.failureCode,
    cancelReason: p.cancelReason,
    match: p.match ? { id: p.match.id, status: p.match.status } : null,
    suggestedRefund:
      p.status === "PAID" || p.status === "PARTIALLY_REFUNDED" ? quoteOf(refundQuote({ ...p, matchStatus: p.match?.status ?? null, matchClosedReason: p.match?.closedReason ?? null, benefitUsed }, now)) : null,
  };
}

/** Toss orders in flight longer than this (CLOSING, REFUND_PENDING) are stuck: the job could not finish them. */
export const STUCK_AFTER_MS = 30 * 60_000;

/** What needs a person (the queue's default view); a 가상계좌 waiting for its deposit confirms itself and is not here. */
export function needsPersonWhere(now: Date): Prisma.PaymentWhereInput {
  const stuck = new Date(now.getTime() - STUCK_AFTER_MS);
  return {
    OR: [
      { method: "TRANSFER", status: "PENDING" },
      { status: "NEEDS_REVIEW" },
      { status: { in: ["CLOSING", "REFUND_PENDING"] }, updatedAt: { lt: stuck } },
      { status: { in: [...FEE_PAID_STATUSES] }, purpose: "MATCH_FEE", match: { status: "PENDING" } },
    ],
  };
}

type Filter = { status?: AdminPaymentDto["status"]; method?: AdminPaymentDto["method"]; queue?: "todo" | "all" };

export async function adminListPayments({ input = {}, now = new Date() }: { actor?: Actor; input?: Filter; now?: Date }) {
  const todo = !input.status && !input.method && input.queue !== "all";
  const where: Prisma.PaymentWhereInput = todo ? needsPersonWhere(now) : { ...(input.status ? { status: input.status } : {}), ...(input.method ? { method: input.method } : {}) };
  const openTransfers = { method: "TRANSFER", status: "PENDING" } as const;
  const wantsOpen = (!input.status || input.status === "PENDING") && (!input.method || input.method === "TRANSFER");
  const [first, rest] = await Promise.all([
    wantsOpen ? prisma.payment.findMany({ where: openTransfers, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 200, select: adminSelect }) : [],
    prisma.payment.findMany({ where: { AND: [where, { NOT: openTransfers }] }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200, select: adminSelect }),
  ]);
  const rows = [...first, ...rest];
  // the membership rows' benefit use in one query: the payer's latest weekly list, compared with each period's start
  const payers = [...new Set(rows.filter((p) => p.purpose === "MEMBERSHIP" && p.periodStart).map((p) => p.userId))];
  const latest = payers.length
    ? new Map((await prisma.recommendation.groupBy({ by: ["userId"], where: { userId: { in: payers }, createdAt: { lte: now } }, _max: { createdAt: true } })).map((r) => [r.userId, r._max.createdAt]))
    : new Map<string, Date | null>();
  const used = (p: AdminRow) => (p.purpose === "MEMBERSHIP" && p.periodStart ? (latest.get(p.userId) ?? null) !== null && latest.get(p.userId)! >= p.periodStart : undefined);
  return { payments: rows.map((p) => toAdminPaymentDto(p, now, used(p))) };
}

export const adminListPaymentsOperation = defineOperation({
  method: "GET",
  path: "/api/admin/payments",
  access: "admin",
  tag: "admin",
  summary: "결제 목록 (기본: 사람이 처리할 것만 — 계좌이체 입금 확인, 확인 필요, 멈춘 취소·환불, 활성화 대기; queue=all 전체; status, method 필터)",
  query: ZAdminPaymentsQuery,
  output: ZAdminPaymentList,
  run: adminListPayments,
});
