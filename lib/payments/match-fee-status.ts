// The match fee as one participant's match page shows it: the payment that paid it (card or a verified
// or pending-verification transfer), or the open transfer intent to continue. Participants only.
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { findProduct, MATCH_FEE_PRODUCT_ID } from "./products";
import { paymentDtoSelect, toPaymentDto, type PaymentDto } from "./schemas";

export type MatchFeeStatus = { price: number; paid: PaymentDto | null; openTransfer: PaymentDto | null };

export async function getMatchFeeStatus({ actor, matchId }: { actor: Actor; matchId: string }): Promise<MatchFeeStatus> {
  const me = actor.userId;
  const rows = await prisma.payment.findMany({
    where: { matchId, purpose: "MATCH_FEE", status: { in: ["PAID", "PENDING"] }, match: { OR: [{ userAId: me }, { userBId: me }] } },
    orderBy: { createdAt: "asc" },
    select: paymentDtoSelect,
  });
  const dto = (p: (typeof rows)[number] | undefined) => (p ? toPaymentDto(p, env.BANK_ACCOUNT_TEXT) : null);
  return {
    price: findProduct(MATCH_FEE_PRODUCT_ID)!.price,
    paid: dto(rows.find((p) => p.status === "PAID")),
    openTransfer: dto(rows.find((p) => p.status === "PENDING" && p.method === "TRANSFER")),
  };
}
