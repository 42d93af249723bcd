// POST /api/likes use case: like a member recommended to you that week, or one who liked you
// ("받은 좋아요"); a mutual like opens exactly one PENDING match for the pair.
//
// Concurrency: every write for a pair runs in one transaction that first takes a transaction-scoped
// advisory lock on the canonical pair key. Two opposite likes at the same instant therefore run one
// after the other; the second one's reverse-like check (a fresh READ COMMITTED snapshot taken after
// the lock, in the same statement as the pair's match) sees the first one's committed like and opens
// the match. The pre-checks before the transaction are one statement too (issue 25: the first like
// went from 11 statements to 8). The unique (userAId, userBId)
// constraint plus INSERT … ON CONFLICT DO NOTHING guarantees one row even for writers that do not
// take the lock (admin manual matches), and the member counters move only when the insert created
// the row. User rows are locked FOR NO KEY UPDATE in id order before they are updated, so
// concurrent matches sharing a member (and the expiry job, which locks the same way) cannot
// deadlock. (Not FOR UPDATE: that conflicts with the KEY SHARE locks the Like/Match foreign keys
// take on the same user rows, and deadlocks two matches that share a member.)
// Notifications (LIKE_RECEIVED, MATCH_CREATED) are written by the same transaction: no like, no notice.
import { prisma, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { notify } from "@/lib/notifications/notify";
import { visibleToSql } from "./member-visibility";
import { canonicalPair, pairLockKey } from "./pair";
import { ZLikeRequest, ZLikeResponse, type LikeRequest, type LikeResponse, type MatchRef } from "./schemas";

const DAY_MS = 86_400_000;


async function pairMatch(db: Tx | typeof prisma, me: string, other: string): Promise<MatchRef | null> {
  const { userAId, userBId } = canonicalPair(me, other);
  return db.match.findUnique({ where: { userAId_userBId: { userAId, userBId } }, select: { id: true, status: true } });
}

/**
 * Status codes, chosen so a response never reveals more than the caller may see:
 * 422 self-like or malformed input · 404 target unknown, banned, withdrawn, blocked either way, or
 * neither recommended to the caller in `batchWeek` nor a member who liked the caller (a wrong
 * week is the same 404) · 409 the pair already has a match the caller did not like into (e.g. an
 * admin match) · 200 otherwise, and again with the same result when the like already exists.
 */
export async function likeMember({ actor, input, now = new Date() }: { actor: Actor; input: LikeRequest; now?: Date }): Promise<LikeResponse> {
  const { toUserId, batchWeek } = input;
  const me = actor.userId;
  const target = toUserId.toLowerCase();
  if (target === me) throw new AppError("VALIDATION_FAILED", "자기 자신에게는 좋아요를 보낼 수 없어요.", { fields: { toUserId: ["자기 자신은 선택할 수 없어요."] } });
  // the pre-checks in one statement (one round trip instead of four): is the target visible to me,
  // have I liked them already, have they liked me, were they recommended to me that week
  const [pre] = await prisma.$queryRaw<{ visible: boolean; myLike: boolean; theirLike: boolean; recommended: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "User" u WHERE u.id = ${target}::uuid AND ${visibleToSql(me, "u")}) AS "visible",
           EXISTS (SELECT 1 FROM "Like" WHERE "fromId" = ${me}::uuid AND "toId" = ${target}::uuid) AS "myLike",
           EXISTS (SELECT 1 FROM "Like" WHERE "fromId" = ${target}::uuid AND "toId" = ${me}::uuid) AS "theirLike",
           EXISTS (SELECT 1 FROM "Recommendation" WHERE "userId" = ${me}::uuid AND "targetId" = ${target}::uuid AND "batchWeek" = ${batchWeek}) AS "recommended"`;
  if (!pre?.visible) throw notFound("회원");
  // a repeated like answers like the first one did (idempotent), without re-checking the week
  if (pre.myLike) return { ok: true, liked: true, match: await pairMatch(prisma, me, target) };
  if (!pre.recommended && !pre.theirLike) throw notFound("회원");

  const match = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${pairLockKey(me, target)}, 0))`;
    // read after the lock, in one statement: the pair's match, and their like of me (the opposite
    // liker takes the same lock, so neither can change before this transaction ends)
    const { userAId, userBId } = canonicalPair(me, target);
    const [state] = await tx.$queryRaw<{ matchId: string | null; matchStatus: MatchRef["status"] | null; reverse: boolean }[]>`
      SELECT m.id::text AS "matchId", m.status::text AS "matchStatus",
             EXISTS (SELECT 1 FROM "Like" WHERE "fromId" = ${target}::uuid AND "toId" = ${me}::uuid) AS "reverse"
        FROM (SELECT 1) one LEFT JOIN "Match" m ON m."userAId" = ${userAId}::uuid AND m."userBId" = ${userBId}::uuid`;
    const existing: MatchRef | null = state?.matchId ? { id: state.matchId, status: state.matchStatus! } : null;
    const inserted = await tx.like.createManyAndReturn({ data: [{ fromId: me, toId: target, batchWeek }], skipDuplicates: true, select: { id: true } });
    if (inserted.length === 0) return existing; // the same like won a race: same result
    if (existing) throw new AppError("CONFLICT", "이미 매칭된 분이에요. 매칭 화면에서 확인해 주세요.");

    await tx.recommendation.updateMany({ where: { userId: me, targetId: target, respondedAt: null }, data: { respondedAt: now } });
    if (!state?.reverse) {
      // the liked member learns of it from the centre, not who it is (that is on 받은 좋아요)
      await notify(tx, [{ userId: target, kind: "LIKE_RECEIVED", payload: { likeId: inserted[0].id } }]);
      return null;
    }
    return openPendingMatch(tx, me, target, now);
  });
  return { ok: true, liked: true, match };
}

/** Creates the pair's PENDING match once; both members move 매칭전 → 매칭중 and count it once. */
async function openPendingMatch(tx: Tx, me: string, other: string, now: Date): Promise<MatchRef | null> {
  const pair = canonicalPair(me, other);
  const created = await tx.match.createManyAndReturn({
    data: [{ ...pair, status: "PENDING", source: "MUTUAL_LIKE", expiresAt: new Date(now.getTime() + env.MATCH_PENDING_DAYS * DAY_MS), createdAt: now }],
    skipDuplicates: true,
    select: { id: true, status: true },
  });
  if (created.length === 0) return pairMatch(tx, me, other);
  const matchId = created[0].id;
  await notify(tx, [me, other].map((userId) => ({ userId, kind: "MATCH_CREATED" as const, payload: { matchId }, dedupeKey: `match:${matchId}` })));
  await tx.$queryRaw`SELECT id FROM "User" WHERE id IN (${pair.userAId}::uuid, ${pair.userBId}::uuid) ORDER BY id FOR NO KEY UPDATE`;
  const ids = [pair.userAId, pair.userBId];
  await tx.user.updateMany({ where: { id: { in: ids } }, data: { matchingCount: { increment: 1 } } });
  await tx.user.updateMany({ where: { id: { in: ids }, status: "ACTIVE" }, data: { status: "MATCHING" } });
  return created[0];
}

export const likeMemberOperation = defineOperation({
  method: "POST",
  path: "/api/likes",
  access: "member",
  tag: "matching",
  summary: "좋아요 (이번 주 추천받은 회원 또는 나를 좋아한 회원); 서로 좋아요면 매칭 생성",
  body: ZLikeRequest,
  output: ZLikeResponse,
  rateLimit: { name: "likes", limit: 60, windowMs: 60_000, by: "actor" },
  run: likeMember,
});
