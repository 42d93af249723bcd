// The match fee as one participant's match page shows it: the payment that paid it, or the one open
// payment (one per match: open-match-fee.ts) — the caller's own to continue, or someone else's, in
// which case both pay buttons give way to "결제가 진행 중이에요". Participants only.
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { findProduct, MATCH_FEE_PRODUCT_ID } from "./products";
import { paymentDtoSelect, toPaymentDto, type PaymentDto } from "./schemas";
import { FEE_PAID_STATUSES, isFeePaid } from "./state-machine";

export type MatchFeeStatus = {
  price: number;
  paid: PaymentDto | null;
  /** the open payment of this match (PENDING, or being closed / checked), if any */
  open: { payment: PaymentDto; mine: boolean } | null;
};

export async function getMatchFeeStatus({ actor, matchId }: { actor: Actor; matchId: string }): Promise<MatchFeeStatus> {
  const me = actor.userId;
  const rows = await prisma.payment.findMany({
    where: { matchId, purpose: "MATCH_FEE", status: { in: [...FEE_PAID_STATUSES, "PENDING", "AWAITING_DEPOSIT", "CLOSING", "REFUND_PENDING", "NEEDS_REVIEW"] }, match: { OR: [{ userAId: me }, { userBId: me }] } },
    orderBy: { createdAt: "asc" },
    select: paymentDtoSelect,
  });
  const dto = (p: (typeof rows)[number]) => toPaymentDto(p, env.BANK_ACCOUNT_TEXT);
  const paid = rows.find((p) => isFeePaid(p.status));
  const open = rows.find((p) => !isFeePaid(p.status));
  return {
    price: findProduct(MATCH_FEE_PRODUCT_ID)!.price,
    paid: paid ? dto(paid) : null,
    open: open ? { payment: dto(open), mine: open.userId === me } : null,
  };
}
