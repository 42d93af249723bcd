// The refund of the caller's own fee for a match (the closed match page says what happened to the
// money and when it returns). Participants' own payments only; null when they paid nothing.
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { refundDtoSelect, toRefundDto } from "./refund-dto";

export async function getMatchRefund({ actor, matchId }: { actor: Actor; matchId: string }) {
  const fee = await prisma.payment.findFirst({
    where: { matchId, userId: actor.userId, purpose: "MATCH_FEE", refundRequests: { some: {} } },
    orderBy: { createdAt: "desc" },
    select: { method: true, refundRequests: { orderBy: { createdAt: "desc" }, take: 1, select: refundDtoSelect } },
  });
  const last = fee?.refundRequests[0];
  return fee && last ? { method: fee.method, refund: toRefundDto(last) } : null;
}
