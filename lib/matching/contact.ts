// GET /api/matches/{id}/contact use case: what an ACTIVE match discloses — each other's phone number,
// decrypted only here, only for the two participants, only while the match is ACTIVE (a closed match
// stops showing it), only when BOTH gave the separate consent (contact-consent.ts; a one-sided
// exchange is not offered), and never across a block. Every disclosure is recorded (ContactDisclosure).
// Anyone else, or any other state, gets 404 like an unknown id.
import { z } from "zod";
import { prisma } from "@/lib/db";
import { decryptPiiOrNull, formatPhone } from "@/lib/crypto/pii";
import type { Actor } from "@/lib/core/actor";
import { notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { notBlockedWith } from "@/lib/core/visibility";
import { consentingUserIds } from "./contact-consent";
import { otherParticipant } from "./pair";
import { ZMatchIdParams } from "./schemas";

export const ZMatchContact = z.object({
  matchId: z.uuid(),
  partner: z.object({ userId: z.uuid(), nickname: z.string().nullable(), phone: z.string().nullable() }),
  consent: z.object({ mine: z.boolean(), partner: z.boolean() }),
});
export type MatchContact = z.infer<typeof ZMatchContact>;

export async function getMatchContact({ actor, input, now = new Date() }: { actor: Actor; input: { id: string }; now?: Date }): Promise<MatchContact> {
  const me = actor.userId;
  const match = await prisma.match.findFirst({
    where: { id: input.id, status: "ACTIVE", OR: [{ userAId: me }, { userBId: me }], userA: notBlockedWith(me), userB: notBlockedWith(me) },
    select: { id: true, userAId: true, userBId: true },
  });
  if (!match) throw notFound("매칭");
  const partnerId = otherParticipant(match, me);
  const [partner, consenting] = await Promise.all([
    prisma.user.findUnique({ where: { id: partnerId }, select: { phoneEnc: true, deletedAt: true, name: true, profile: { select: { nickname: true } } } }),
    consentingUserIds([me, partnerId]),
  ]);
  const consent = { mine: consenting.has(me), partner: consenting.has(partnerId) };
  const phone = consent.mine && consent.partner && partner && !partner.deletedAt ? decryptPiiOrNull(partner.phoneEnc) : null;
  if (phone) {
    await prisma.contactDisclosure.create({ data: { matchId: match.id, viewerId: me, subjectId: partnerId, fields: ["phone"], createdAt: now }, select: { id: true } });
  }
  return {
    matchId: match.id,
    partner: { userId: partnerId, nickname: partner?.profile?.nickname ?? null, phone: phone ? formatPhone(phone) : null },
    consent,
  };
}

export const getMatchContactOperation = defineOperation({
  method: "GET",
  path: "/api/matches/{id}/contact",
  access: "member",
  tag: "matching",
  summary: "확정된 매칭의 상대 연락처 (두 참여자만, ACTIVE 동안만, 양쪽 제공 동의 시; 공개 기록 저장)",
  params: ZMatchIdParams,
  output: ZMatchContact,
  run: getMatchContact,
});
