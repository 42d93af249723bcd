// What the active match page says about the contact (read-only; the disclosure itself is
// getMatchContact's): "확인해 보세요" only when a number will really be shown, otherwise whose consent
// is missing (the words: contact-message.ts).
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { consentingUserIds } from "./contact-consent";
import { otherParticipant } from "./pair";
import { visibleMatchWhere } from "@/lib/core/visibility";
import type { ContactState } from "./contact-message";

export async function contactState(actor: Actor, matchId: string): Promise<ContactState | null> {
  const match = await prisma.match.findFirst({ where: { id: matchId, status: "ACTIVE", ...visibleMatchWhere(actor.userId) }, select: { userAId: true, userBId: true } });
  if (!match) return null;
  const partnerId = otherParticipant(match, actor.userId);
  const [partner, consenting] = await Promise.all([prisma.user.findUnique({ where: { id: partnerId }, select: { phoneEnc: true, deletedAt: true } }), consentingUserIds([actor.userId, partnerId])]);
  const mine = consenting.has(actor.userId);
  const theirs = consenting.has(partnerId);
  return { mine, partner: theirs, visible: mine && theirs && !!partner?.phoneEnc && !partner.deletedAt };
}
