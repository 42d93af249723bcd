// Opening a refund inside the caller's transaction (the payment row locked by the caller): one open
// refund per payment (the partial unique index RefundRequest_open_key; a second open is answered with
// the first), and the payer's REFUND_UPDATED notification written with it (lib/notifications).
import type { RefundRequestStatus, RefundSource } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";

export type OpenRefund = {
  paymentId: string;
  userId: string;
  matchId: string | null;
  source: RefundSource;
  status: Extract<RefundRequestStatus, "REQUESTED" | "APPROVED">;
  amount: number;
  rule: string;
  reason: string;
  refundAccountEnc?: string | null;
  decidedById?: string | null;
  now: Date;
};

/** Returns the open refund of the payment: the one created now, or the one that was already open. */
export async function openRefund(tx: Tx, r: OpenRefund): Promise<{ id: string; created: boolean }> {
  const [row] = await tx.refundRequest.createManyAndReturn({
    data: [
      {
        paymentId: r.paymentId,
        userId: r.userId,
        source: r.source,
        status: r.status,
        amount: r.amount,
        rule: r.rule,
        reason: r.reason,
        refundAccountEnc: r.refundAccountEnc ?? null,
        ...(r.status === "APPROVED" ? { decidedAt: r.now, decidedById: r.decidedById ?? null } : {}),
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!row) {
    const open = await tx.refundRequest.findFirstOrThrow({ where: { paymentId: r.paymentId, status: { in: ["REQUESTED", "APPROVED"] } }, select: { id: true } });
    return { id: open.id, created: false };
  }
  await notifyRefund(tx, { id: row.id, userId: r.userId, status: r.status, source: r.source, matchId: r.matchId });
  return { id: row.id, created: true };
}

export async function notifyRefund(tx: Tx, r: { id: string; userId: string; status: RefundRequestStatus; source: RefundSource; matchId: string | null }) {
  const payload = { refundRequestId: r.id, status: r.status, source: r.source, ...(r.matchId ? { matchId: r.matchId } : {}) };
  await notify(tx, [{ userId: r.userId, kind: "REFUND_UPDATED", payload, dedupeKey: `refund:${r.id}:${r.status}` }]);
}
