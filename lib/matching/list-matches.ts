// GET /api/matches use case: the caller's matches, newest first, each with the other member's
// public profile (only fields they made visible). Pairs blocked either way are not listed.
import { prisma } from "@/lib/db";
import { notBlockedWith } from "@/lib/core/visibility";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { otherParticipant } from "./pair";
import { publicProfileSelect, toPublicProfiles } from "./profile-views";
import { matchDtoSelect, toMatchDto, ZMatchList, type MatchListItem } from "./schemas";

const profileOf = { select: { profile: { select: publicProfileSelect } } } as const;

export async function listMatches({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<{ matches: MatchListItem[] }> {
  const me = actor.userId;
  const rows = await prisma.match.findMany({
    where: {
      OR: [{ userAId: me }, { userBId: me }],
      // a block hides the match from both sides (the partner's side of the pair may be A or B)
      userA: notBlockedWith(me),
      userB: notBlockedWith(me),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { ...matchDtoSelect, userA: profileOf, userB: profileOf },
  });
  const others = rows.map((m) => (otherParticipant(m, me) === m.userAId ? m.userA.profile : m.userB.profile));
  const present = others.filter((p) => p !== null);
  const profiles = await toPublicProfiles(present, { photoLimit: 1, now });
  const byUser = new Map(profiles.map((p) => [p.userId, p]));
  return {
    matches: rows.map((m, i) => ({ ...toMatchDto(m), otherProfile: others[i] ? (byUser.get(others[i]!.userId) ?? null) : null })),
  };
}

export const listMatchesOperation = defineOperation({
  method: "GET",
  path: "/api/matches",
  access: "member",
  tag: "matching",
  summary: "내 매칭 목록 (최신순, 상대 공개 프로필 포함)",
  output: ZMatchList,
  run: listMatches,
});
