// GET /api/recommendations use case: the caller's own recommendations for one ISO week, by rank,
// each with the target's public profile (only the fields the target made visible), whether either
// side has liked the other, and the pair's match. Targets who are now blocked (either way), banned
// or withdrawn, and members the caller passed on ("관심 없음"), drop out. Also returns every
// unanswered "받은 좋아요" — including those who are among this week's cards, so the cards' "나에게
// 좋아요를 보냈어요" and the 받은 좋아요 section always agree (issue 11 item 3: the section used to
// leave them out and then said there were none).
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { currentWeek } from "./week";
import { listReceivedLikes } from "@/lib/matching/list-received-likes";
import { visibleToWhere } from "@/lib/matching/member-visibility";
import { canonicalPair } from "@/lib/matching/pair";
import { publicProfileSelect, toPublicProfiles } from "@/lib/matching/profile-views";
import { ZMemberRecommendations, ZRecommendationsQuery, type MemberRecommendations, type RecommendationItem } from "./member-schemas";

export async function listMemberRecommendations({ actor, input = {}, now = new Date() }: { actor: Actor; input?: { week?: string }; now?: Date }): Promise<MemberRecommendations> {
  const me = actor.userId;
  const batchWeek = input.week ?? currentWeek(now);
  const recs = await prisma.recommendation.findMany({
    where: { userId: me, batchWeek, target: { ...visibleToWhere(me), profile: { isNot: null }, passesReceived: { none: { userId: me } } } },
    orderBy: [{ rank: "asc" }, { id: "asc" }],
    select: { id: true, targetId: true, batchWeek: true, rank: true, respondedAt: true, target: { select: { profile: { select: publicProfileSelect } } } },
  });
  const rows = recs.filter((r) => r.target.profile !== null);
  const targetIds = rows.map((r) => r.targetId);
  const pairs = targetIds.map((t) => canonicalPair(me, t));

  const [likes, matches, profiles, receivedLikes] = await Promise.all([
    prisma.like.findMany({
      where: { OR: [{ fromId: me, toId: { in: targetIds } }, { fromId: { in: targetIds }, toId: me }] },
      select: { fromId: true, toId: true },
    }),
    pairs.length > 0 ? prisma.match.findMany({ where: { OR: pairs }, select: { id: true, status: true, userAId: true, userBId: true } }) : [],
    toPublicProfiles(rows.map((r) => r.target.profile!), { now }),
    listReceivedLikes({ actor, now }),
  ]);
  const liked = new Set(likes.filter((l) => l.fromId === me).map((l) => l.toId));
  const likedMe = new Set(likes.filter((l) => l.toId === me).map((l) => l.fromId));
  const matchByOther = new Map(matches.map((m) => [m.userAId === me ? m.userBId : m.userAId, { id: m.id, status: m.status }]));

  const items: RecommendationItem[] = rows.map((r, i) => ({
    id: r.id,
    batchWeek: r.batchWeek,
    rank: r.rank,
    respondedAt: r.respondedAt?.toISOString() ?? null,
    liked: liked.has(r.targetId),
    likedMe: likedMe.has(r.targetId),
    match: matchByOther.get(r.targetId) ?? null,
    profile: profiles[i],
  }));
  return { week: batchWeek, items, receivedLikes };
}

export const listMemberRecommendationsOperation = defineOperation({
  method: "GET",
  path: "/api/recommendations",
  access: "member",
  tag: "matching",
  summary: "주간 추천 (기본: 이번 주, Asia/Seoul)과 아직 답하지 않은 받은 좋아요",
  query: ZRecommendationsQuery,
  output: ZMemberRecommendations,
  run: listMemberRecommendations,
});
