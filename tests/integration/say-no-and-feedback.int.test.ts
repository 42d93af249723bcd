// A card's admirer shows under 받은 좋아요 (this failed before the
// fix), "관심 없음" hides the card and is recorded (POST /api/passes), a like sent by mistake can be
// taken back until it is a match (DELETE /api/likes/{toUserId}, then 409), post-match feedback
// (POST /api/matches/{id}/feedback, private to admins), and block/report of a hidden account
// answers exactly like an unknown id.
import { undoPassOperation } from "@/lib/matching/undo-pass";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { listFeedbackForUser } from "@/lib/matching/match-feedback";
import { canonicalPair } from "@/lib/matching/pair";
import { addWeeks, currentWeek } from "@/lib/core/week";
import { likeMemberOperation } from "@/lib/matching/like-member";
import { submitMatchFeedbackOperation } from "@/lib/matching/match-feedback";
import { passMemberOperation } from "@/lib/matching/pass-member";
import { unlikeMemberOperation } from "@/lib/matching/unlike-member";
import { blockMemberOperation } from "@/lib/members/block-member";
import { listMemberRecommendationsOperation } from "@/lib/member-recommendations/list-member-recommendations";
import { createReportOperation } from "@/lib/reports/create-report";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";

const week = currentWeek();
// this week's build has finished: members see this week's list (lib/recommendations/list-week)
beforeAll(async () => {
  await prisma.recommendationRun.upsert({ where: { week }, create: { week, status: "COMPLETED" }, update: {} });
});
type Member = Awaited<ReturnType<typeof createMember>>;
const recommend = (u: Member, t: Member) => prisma.recommendation.create({ data: { userId: u.id, targetId: t.id, batchWeek: week, rank: 1, score: 0.5 } });
const like = async (from: Member, to: { id: string }) => callOp(likeMemberOperation, { as: from, body: { toUserId: to.id, batchWeek: week } });
const unlike = async (from: Member, toId: string) => callOp(unlikeMemberOperation, { as: from, params: { toUserId: toId } });
const pass = async (from: Member, to: { id: string }, batchWeek = week) => callOp(passMemberOperation, { as: from, body: { toUserId: to.id, batchWeek } });
const recs = async (u: Member) => (await callOp(listMemberRecommendationsOperation, { as: u })).body;
const ids = (xs: { profile: { userId: string } }[]) => xs.map((x) => x.profile.userId);
const couple = async () => [await createMember({ gender: "M" }), await createMember({ gender: "F" })] as const;

describe("the card's '나에게 좋아요를 보냈어요' and 받은 좋아요 agree", () => {
  it("a member among this week's cards who liked the caller is also under 받은 좋아요", async () => {
    const [minjun, seoyeon] = await couple();
    await recommend(seoyeon, minjun); // 민준 is one of 서연's cards…
    await recommend(minjun, seoyeon);
    await like(minjun, seoyeon); // …and liked her
    const page = await recs(seoyeon);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ likedMe: true, liked: false });
    // before the fix the section left the card's member out and said "아직 받은 좋아요가 없어요"
    expect(ids(page.receivedLikes)).toEqual([minjun.id]);
    // answering on the card clears both
    await like(seoyeon, minjun);
    expect((await recs(seoyeon)).receivedLikes).toEqual([]);
  });
});

describe("POST /api/passes – 관심 없음", () => {
  it("hides the card and the received like for good, records one Pass, marks the recommendation answered", async () => {
    const [me, her] = await couple();
    const admirer = await createMember({ gender: "F" });
    await recommend(me, her);
    await recommend(admirer, me);
    await like(admirer, me);
    expect(ids((await recs(me)).items)).toEqual([her.id]);

    const res = await pass(me, her);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, passed: true });
    expect((await pass(me, her)).status).toBe(200); // idempotent
    expect(await prisma.pass.findMany({ where: { userId: me.id } })).toMatchObject([{ targetId: her.id, batchWeek: week }]);
    expect((await prisma.recommendation.findFirstOrThrow({ where: { userId: me.id, targetId: her.id } })).respondedAt).toBeInstanceOf(Date);
    expect((await recs(me)).items).toEqual([]);

    // a received like can be passed too (with the current week)
    expect(ids((await recs(me)).receivedLikes)).toEqual([admirer.id]);
    expect((await pass(me, admirer)).status).toBe(200);
    expect((await recs(me)).receivedLikes).toEqual([]);
  });

  it("되돌리기 right after takes the pass back (the card returns); someone else's or an old pass cannot be undone", async () => {
    const [me, her] = await couple();
    const other = await createMember({ gender: "M" });
    await recommend(me, her);
    expect((await pass(me, her)).status).toBe(200);
    // another member cannot undo my pass (they have none on her): 404, my pass stays
    expect((await callOp(undoPassOperation, { as: other, body: { toUserId: her.id, batchWeek: week } })).status).toBe(404);
    expect(await prisma.pass.count({ where: { userId: me.id } })).toBe(1);
    const undone = await callOp(undoPassOperation, { as: me, body: { toUserId: her.id, batchWeek: week } });
    expect(undone.body).toEqual({ ok: true, passed: false });
    expect(await prisma.pass.count({ where: { userId: me.id } })).toBe(0);
    expect((await prisma.recommendation.findFirstOrThrow({ where: { userId: me.id, targetId: her.id } })).respondedAt).toBeNull();
    expect(ids((await recs(me)).items)).toEqual([her.id]);
    // an old pass stays
    expect((await pass(me, her)).status).toBe(200);
    await prisma.pass.updateMany({ where: { userId: me.id }, data: { createdAt: new Date(Date.now() - 10 * 60_000) } });
    expect((await callOp(undoPassOperation, { as: me, body: { toUserId: her.id, batchWeek: week } })).status).toBe(409);
  });

  it("404 for a member not recommended that week, unknown or banned (same answer); 409 once liked or matched; 422 for self", async () => {
    const [me, her] = await couple();
    const banned = await createMember({ gender: "F" });
    await recommend(me, banned);
    await prisma.user.update({ where: { id: banned.id }, data: { status: "BANNED", bannedAt: new Date() } });
    const notRecommended = await pass(me, her);
    const unknown = await pass(me, { id: randomUUID() });
    const hidden = await pass(me, banned);
    expect([notRecommended.status, unknown.status, hidden.status]).toEqual([404, 404, 404]);
    expect(hidden.body).toEqual(unknown.body);
    await recommend(me, her);
    expect((await pass(me, her, addWeeks(week, -1))).status).toBe(404);
    await like(me, her);
    expect((await pass(me, her)).status).toBe(409);
    expect((await pass(me, me)).status).toBe(422);
    expect(await prisma.pass.count({ where: { userId: me.id } })).toBe(0);
  });
});

describe("DELETE /api/likes/{toUserId} – undo a like sent by mistake", () => {
  it("removes the like, withdraws the unread notice, re-opens the card; a like again works", async () => {
    const [me, her] = await couple();
    await recommend(me, her);
    await like(me, her);
    expect(await prisma.notification.count({ where: { userId: her.id, kind: "LIKE_RECEIVED" } })).toBe(1);

    const res = await unlike(me, her.id);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, liked: false });
    expect(await prisma.like.count({ where: { fromId: me.id } })).toBe(0);
    expect(await prisma.notification.count({ where: { userId: her.id } })).toBe(0);
    const page = await recs(me);
    expect(page.items[0]).toMatchObject({ liked: false, respondedAt: null });
    expect(ids((await recs(her)).receivedLikes)).toEqual([]);

    expect((await unlike(me, her.id)).status).toBe(404); // nothing left to undo
    expect((await like(me, her)).status).toBe(200);
  });

  it("is refused with 409 once the like became a match, and 404 for someone else's like or a malformed id", async () => {
    const [me, her] = await couple();
    const stranger = await createMember({ gender: "M" });
    await recommend(me, her);
    await recommend(her, me);
    await like(me, her);
    expect((await unlike(stranger, her.id)).status).toBe(404);
    expect((await unlike(me, "not-a-uuid")).status).toBe(404);
    await like(her, me);
    const res = await unlike(me, her.id);
    expect(res.status).toBe(409);
    expect(res.error?.code).toBe("CONFLICT");
    expect(await prisma.like.count({ where: { fromId: me.id, toId: her.id } })).toBe(1);
  });
});

describe("POST /api/matches/{id}/feedback", () => {
  async function activeMatch() {
    const [a, b] = await couple();
    const m = await prisma.match.create({ data: { ...canonicalPair(a.id, b.id), status: "ACTIVE", activatedAt: new Date(Date.now() - 20 * 86_400_000) } });
    return { a, b, m };
  }
  const send = async (u: Member, id: string, body: unknown) => callOp(submitMatchFeedbackOperation, { as: u, params: { id }, body });

  it("creates (201) then revises (200) the caller's own feedback, answers the request notice, and is visible to admins only", async () => {
    const { a, b, m } = await activeMatch();
    await prisma.notification.create({ data: { userId: a.id, kind: "FEEDBACK_REQUEST", dedupeKey: `match:${m.id}`, payload: { matchId: m.id } } });
    const first = await send(a, m.id, { met: true, rating: 4, comment: "  좋은 분이었어요 " });
    expect(first.status).toBe(201);
    expect(first.body.feedback).toMatchObject({ matchId: m.id, met: true, rating: 4, comment: "좋은 분이었어요" });
    const second = await send(a, m.id, { met: true, rating: 5 });
    expect(second.status).toBe(200);
    expect(await prisma.matchFeedback.findMany({ where: { matchId: m.id } })).toMatchObject([{ userId: a.id, rating: 5, comment: null }]);
    expect((await prisma.notification.findFirstOrThrow({ where: { userId: a.id, kind: "FEEDBACK_REQUEST" } })).readAt).toBeInstanceOf(Date);

    const forA = await listFeedbackForUser(a.id);
    expect(forA.given).toMatchObject([{ matchId: m.id, otherUserId: b.id, met: true, rating: 5 }]);
    expect(forA.received).toEqual([]);
    expect((await listFeedbackForUser(b.id)).received).toMatchObject([{ matchId: m.id, otherUserId: a.id, rating: 5 }]);
  });

  it("404 for a stranger or a blocked pair, 409 before activation, 422 for a bad rating", async () => {
    const { a, b, m } = await activeMatch();
    const stranger = await createMember();
    expect((await send(stranger, m.id, { met: true })).status).toBe(404);
    expect((await send(a, randomUUID(), { met: true })).status).toBe(404);
    expect((await send(a, m.id, { met: true, rating: 6 })).status).toBe(422);
    expect((await send(a, m.id, { rating: 3 })).status).toBe(422);
    const [c, d] = await couple();
    const pending = await prisma.match.create({ data: { ...canonicalPair(c.id, d.id), status: "PENDING" } });
    expect((await send(c, pending.id, { met: false })).status).toBe(409);
    await prisma.block.create({ data: { blockerId: b.id, blockedId: a.id } });
    expect((await send(a, m.id, { met: true })).status).toBe(404);
    expect(await prisma.matchFeedback.count()).toBeGreaterThanOrEqual(0);
    expect(await prisma.matchFeedback.count({ where: { matchId: { in: [m.id, pending.id] } } })).toBe(0);
  });
});

describe("block and report a hidden account = an unknown id", () => {
  it("answers a banned or withdrawn member exactly like an id that never existed", async () => {
    const me = await createMember();
    const [banned, gone] = [await createMember(), await createMember()];
    await prisma.user.update({ where: { id: banned.id }, data: { status: "BANNED", bannedAt: new Date() } });
    await prisma.user.update({ where: { id: gone.id }, data: { status: "WITHDRAWN", deletedAt: new Date() } });
    for (const op of [blockMemberOperation, createReportOperation]) {
      const body = (userId: string) => (op === blockMemberOperation ? { userId } : { userId, reason: "FAKE_PROFILE" });
      const answers = await Promise.all([banned.id, gone.id, randomUUID()].map((id) => callOp(op, { as: me, body: body(id) })));
      expect(answers.map((r) => r.status)).toEqual([404, 404, 404]);
      expect(answers[0].body).toEqual(answers[2].body);
      expect(answers[1].body).toEqual(answers[2].body);
    }
    expect(await prisma.block.count({ where: { blockerId: me.id } })).toBe(0);
  });
});
