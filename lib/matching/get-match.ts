// GET /api/matches/{id} use case: one match with the other member's public profile — only for the
// two participants (the caller is in the WHERE clause); anyone else gets 404, like an unknown id.
import { prisma } from "@/lib/db";
import { visibleMatchWhere } from "@/lib/core/visibility";
import type { Actor } from "@/lib/core/actor";
import { notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { otherParticipant } from "./pair";
import { publicProfileSelect, toPublicProfileOrNull } from "./profile-views";
import { matchDtoSelect, toMatchDto, ZMatchDetail, ZMatchIdParams, type MatchDetail } from "./schemas";

const profileOf = { select: { profile: { select: publicProfileSelect } } } as const;

export async function getMatch({ actor, input, now = new Date() }: { actor: Actor; input: { id: string }; now?: Date }): Promise<MatchDetail> {
  const me = actor.userId;
  const m = await prisma.match.findFirst({
    where: { id: input.id, ...visibleMatchWhere(me) },
    select: { ...matchDtoSelect, userA: profileOf, userB: profileOf },
  });
  if (!m) throw notFound("매칭");
  const other = otherParticipant(m, me) === m.userAId ? m.userA.profile : m.userB.profile;
  return { match: toMatchDto(m), otherProfile: await toPublicProfileOrNull(other, { now }) };
}

/** The cheap check of the match page (one indexed row, nothing else): may the caller see this match? */
export async function matchVisibleTo(actor: Actor, id: string): Promise<boolean> {
  return (await prisma.match.findFirst({ where: { id, ...visibleMatchWhere(actor.userId) }, select: { id: true } })) !== null;
}

export const getMatchOperation = defineOperation({
  method: "GET",
  path: "/api/matches/{id}",
  access: "member",
  tag: "matching",
  summary: "매칭 상세와 상대 공개 프로필 (참여자만, 그 외에는 404)",
  params: ZMatchIdParams,
  output: ZMatchDetail,
  run: getMatch,
});
