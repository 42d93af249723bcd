// GET /api/recommendations use case: the caller's own recommendations for one ISO week (default: the
// week members see, ./list-week — this week once built, else the previous one), by rank,
// each with the target's public profile (only the fields the target made visible), whether either
// side has liked the other, and the pair's match. Targets who are now blocked (either way), banned
// or withdrawn, and members the caller passed on ("관심 없음"), drop out. Also returns every
// unanswered "받은 좋아요" — including those who are among this week's cards, so the cards' "나에게
// 좋아요를 보냈어요" and the 받은 좋아요 section always agree (the section used to
// leave them out and then said there were none). Each card carries its reasons in words
// (lib/recommendations/card-reasons.ts), never from a field the target hides.
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import type { MatchStatus } from "@/lib/generated/prisma/enums";
import { listReceivedLikes } from "@/lib/matching/list-received-likes";
import { approvedPhotoSql } from "@/lib/core/visibility";
import { visibleToSql } from "@/lib/matching/member-visibility";
import { PUBLIC_PROFILE_COLUMNS, toPublicProfiles } from "@/lib/matching/profile-views";
import type { ProfileRow } from "@/lib/profiles/public-profile";
import { listWeek, listWeekSql } from "@/lib/recommendations/list-week";
import { cardReasons } from "@/lib/recommendations/card-reasons";
import { latestRunWeights, loadScoreMembers } from "@/lib/recommendations/reason-inputs";
import { parseVisibility } from "@/lib/profiles/public-profile";
import { weekYear } from "@/lib/core/week";
import { ZMemberRecommendations, ZRecommendationsQuery, type MemberRecommendations, type RecommendationItem } from "./schemas";

type CardRow = ProfileRow & {
  id: string;
  batchWeek: string;
  rank: number;
  respondedAt: Date | null;
  liked: boolean;
  likedMe: boolean;
  matchId: string | null;
  matchStatus: MatchStatus | null;
};

export async function listMemberRecommendations({ actor, input = {}, now = new Date() }: { actor: Actor; input?: { week?: string }; now?: Date }): Promise<MemberRecommendations> {
  const me = actor.userId;
  // the week (unless asked for one), the cards with their like states and match in one round trip;
  // the received likes in parallel
  const week = input.week ?? listWeekSql(now);
  const [rows, receivedLikes] = await Promise.all([
    prisma.$queryRaw<CardRow[]>`
      SELECT r.id, r."batchWeek", r.rank, r."respondedAt", ${PUBLIC_PROFILE_COLUMNS},
        EXISTS (SELECT 1 FROM "Like" l WHERE l."fromId" = ${me}::uuid AND l."toId" = u.id) AS liked,
        EXISTS (SELECT 1 FROM "Like" l WHERE l."fromId" = u.id AND l."toId" = ${me}::uuid) AS "likedMe",
        m.id AS "matchId", m.status::text AS "matchStatus"
      FROM "Recommendation" r
      JOIN "User" u ON u.id = r."targetId"
      JOIN "Profile" p ON p."userId" = u.id
      LEFT JOIN "Match" m ON m."userAId" = LEAST(u.id, ${me}::uuid) AND m."userBId" = GREATEST(u.id, ${me}::uuid)
      WHERE r."userId" = ${me}::uuid AND r."batchWeek" = ${week}
        AND ${visibleToSql(me, "u")} AND ${Prisma.raw(approvedPhotoSql("u"))}
        AND NOT EXISTS (SELECT 1 FROM "Pass" ps WHERE ps."userId" = ${me}::uuid AND ps."targetId" = u.id)
      ORDER BY r.rank, r.id`,
    listReceivedLikes({ actor, now }),
  ]);
  // an empty list does not say which week it was: ask once (new members, a quiet week)
  const batchWeek = typeof week === "string" ? week : (rows[0]?.batchWeek ?? (await listWeek(now)));
  const [profiles, members, weights] = await Promise.all([toPublicProfiles(rows, { now }), loadScoreMembers([me, ...rows.map((r) => r.userId)]), rows.length ? latestRunWeights() : undefined]);
  // "왜 소개됐나요": never from a field the target hides (card-reasons.ts)
  const viewer = members.get(me);
  const reasonsOf = (r: CardRow) => {
    const target = members.get(r.userId);
    return viewer && target ? cardReasons(viewer, target, parseVisibility(r.visibility), weights, weekYear(batchWeek)) : [];
  };
  const items: RecommendationItem[] = rows.map((r, i) => ({
    id: r.id,
    batchWeek: r.batchWeek,
    rank: r.rank,
    respondedAt: r.respondedAt?.toISOString() ?? null,
    liked: r.liked,
    likedMe: r.likedMe,
    match: r.matchId && r.matchStatus ? { id: r.matchId, status: r.matchStatus } : null,
    profile: profiles[i],
    reasons: reasonsOf(r),
  }));
  return { week: batchWeek, items, receivedLikes };
}

export const listMemberRecommendationsOperation = defineOperation({
  method: "GET",
  path: "/api/recommendations",
  access: "member",
  tag: "matching",
  summary: "주간 추천 (기본: 이번 주, Asia/Seoul — 이번 주 추천이 만들어지기 전에는 지난주)과 아직 답하지 않은 받은 좋아요",
  query: ZRecommendationsQuery,
  output: ZMemberRecommendations,
  run: listMemberRecommendations,
});
