// GET /api/recommendations: only the caller's cards for the week, by rank, with only the fields each
// target made visible (never PII), minus targets now blocked/banned/withdrawn; plus 받은 좋아요.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addWeeks, currentWeek } from "@/lib/core/week";
import { likeMemberOperation } from "@/lib/matching/like-member";
import { listMemberRecommendationsOperation } from "@/lib/member-recommendations/list-member-recommendations";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";

const week = currentWeek();
type Member = Awaited<ReturnType<typeof createMember>>;

// + the marriage profile (issue 21: each null unless shown) and the card's reasons in words
const MARRIAGE_KEYS = ["children", "drinking", "education", "incomeBand", "jobCategory", "maritalHistory", "marriageTiming", "religion", "smoking"];
const PROFILE_KEYS = ["age", "badges", "gender", "identityVerified", "height", "intro", "job", "keywords", "nickname", "photoUrls", "region", "userId", ...MARRIAGE_KEYS].sort();
const ITEM_KEYS = ["batchWeek", "id", "liked", "likedMe", "match", "profile", "rank", "reasons", "respondedAt"];

// the week's build has finished: members see this week's list (lib/recommendations/list-week)
beforeAll(async () => {
  await prisma.recommendationRun.upsert({ where: { week }, create: { week, status: "COMPLETED" }, update: { status: "COMPLETED" } });
});

async function recommend(user: Member, target: Member, rank: number, batchWeek = week) {
  return prisma.recommendation.create({ data: { userId: user.id, targetId: target.id, batchWeek, rank, score: 1 / rank } });
}

async function get(me: Member, query: { week?: string } = {}) {
  return callOp(listMemberRecommendationsOperation, { as: me, query });
}

describe("GET /api/recommendations", () => {
  it("lists only the caller's cards for the current week, by rank, with visible fields only", async () => {
    const me = await createMember({ gender: "M" });
    const [first, second, lastWeek, someoneElses] = await Promise.all([1, 2, 3, 4].map(() => createMember({ gender: "F" })));
    await recommend(me, second, 2);
    await recommend(me, first, 1);
    await recommend(me, lastWeek, 1, addWeeks(week, -1));
    const other = await createMember({ gender: "M" });
    await recommend(other, someoneElses, 1);
    // the target hides her job and shows her height
    await prisma.profile.update({
      where: { userId: second.id },
      data: { height: 165, intro: "안녕하세요", keywords: ["여행", "요리"], visibility: { age: true, height: true, region: true, job: false, intro: true, photos: true } },
    });

    const res = await get(me);
    expect(res.status).toBe(200);
    expect(res.body.week).toBe(week);
    expect(res.body.items.map((i: { profile: { userId: string } }) => i.profile.userId)).toEqual([first.id, second.id]);
    for (const item of res.body.items) {
      expect(Object.keys(item).sort()).toEqual(ITEM_KEYS);
      expect(Object.keys(item.profile).sort()).toEqual(PROFILE_KEYS);
      expect(item).toMatchObject({ batchWeek: week, liked: false, likedMe: false, match: null, respondedAt: null });
    }
    const hidden = res.body.items[1].profile;
    expect(hidden).toMatchObject({ job: null, height: 165, intro: "안녕하세요", keywords: ["여행", "요리"], region: "서울", age: expect.any(Number) });
    // the default visibility hides height
    expect(res.body.items[0].profile).toMatchObject({ job: "회사원", height: null });
    expect(JSON.stringify(res.body)).not.toMatch(/phone|realName|birthDate|birthYear|kakaoId|visibility|score/);

    const past = await get(me, { week: addWeeks(week, -1) });
    expect(past.body.items.map((i: { profile: { userId: string } }) => i.profile.userId)).toEqual([lastWeek.id]);
    expect((await get(other)).body.items).toHaveLength(1);
  });

  it("resolves photo URLs of approved photos only, and only when the target shows photos", async () => {
    const me = await createMember({ gender: "M" });
    const [shown, hidden] = await Promise.all([createMember({ gender: "F" }), createMember({ gender: "F" })]);
    await recommend(me, shown, 1);
    await recommend(me, hidden, 2);
    const approved = await prisma.photo.findFirstOrThrow({ where: { userId: shown.id } });
    // a second photo still in review and a rejected one: never shown to others
    await prisma.photo.create({ data: { userId: shown.id, key: `photos/${shown.id}/p.jpg`, publicKey: `photos/${shown.id}/public/p.jpg`, position: 1 } });
    await prisma.photo.create({ data: { userId: shown.id, key: `photos/${shown.id}/r.jpg`, publicKey: `photos/${shown.id}/public/r.jpg`, position: 2, status: "REJECTED", rejectReason: "NOT_THE_MEMBER" } });
    await prisma.profile.update({ where: { userId: hidden.id }, data: { visibility: { age: true, height: false, region: true, job: true, intro: true, photos: false } } });
    const { body } = await get(me);
    expect(body.items[0].profile.photoUrls).toHaveLength(1);
    expect(body.items[0].profile.photoUrls[0]).toContain(approved.publicKey);
    expect(body.items[1].profile.photoUrls).toEqual([]);
  });

  it("drops targets who are now blocked either way, banned or withdrawn", async () => {
    const me = await createMember({ gender: "M" });
    const [ok, iBlocked, blockedMe, banned, withdrawn] = await Promise.all([1, 2, 3, 4, 5].map(() => createMember({ gender: "F" })));
    for (const [i, t] of [ok, iBlocked, blockedMe, banned, withdrawn].entries()) await recommend(me, t, i + 1);
    await prisma.block.create({ data: { blockerId: me.id, blockedId: iBlocked.id } });
    await prisma.block.create({ data: { blockerId: blockedMe.id, blockedId: me.id } });
    await prisma.user.update({ where: { id: banned.id }, data: { status: "BANNED", bannedAt: new Date() } });
    await prisma.user.update({ where: { id: withdrawn.id }, data: { status: "WITHDRAWN", deletedAt: new Date() } });
    const { body } = await get(me);
    expect(body.items.map((i: { profile: { userId: string } }) => i.profile.userId)).toEqual([ok.id]);
  });

  it("reports likes both ways, the match, and the unanswered 받은 좋아요", async () => {
    const me = await createMember({ gender: "M" });
    const [card, admirer, answered, blockedAdmirer] = await Promise.all([1, 2, 3, 4].map(() => createMember({ gender: "F" })));
    await recommend(me, card, 1);
    for (const m of [card, admirer, answered, blockedAdmirer]) {
      await prisma.recommendation.create({ data: { userId: m.id, targetId: me.id, batchWeek: week, rank: 1, score: 1 } });
      await callOp(likeMemberOperation, { as: m, body: { toUserId: me.id, batchWeek: week } });
    }
    await callOp(likeMemberOperation, { as: me, body: { toUserId: answered.id, batchWeek: week } });
    await prisma.block.create({ data: { blockerId: blockedAdmirer.id, blockedId: me.id } });

    let { body } = await get(me);
    expect(body.items[0]).toMatchObject({ liked: false, likedMe: true, match: null });
    // every unanswered admirer is under 받은 좋아요, the card's member included (the
    // card said "나에게 좋아요를 보냈어요" while the section said there were none); answered and
    // blocked admirers are gone.
    expect(body.receivedLikes.map((r: { profile: { userId: string } }) => r.profile.userId).sort()).toEqual([admirer.id, card.id].sort());
    expect(Object.keys(body.receivedLikes[0].profile).sort()).toEqual(PROFILE_KEYS);

    const liked = await callOp(likeMemberOperation, { as: me, body: { toUserId: card.id, batchWeek: week } });
    ({ body } = await get(me));
    expect(body.items[0]).toMatchObject({ liked: true, likedMe: true, match: { id: liked.body.match!.id, status: "PENDING" }, respondedAt: expect.any(String) });
  });

  it("answers a malformed or impossible week with 422 and the error shape", async () => {
    const me = await createMember();
    for (const week of ["2026-47", "abc", "2025-W53", "2026-W00"]) {
      const res = await get(me, { week });
      expect(res.status, week).toBe(422);
      expect(res.error).toMatchObject({ code: "VALIDATION_FAILED", message: expect.any(String), fields: { week: expect.any(Array) } });
    }
    expect((await callOp(listMemberRecommendationsOperation)).status).toBe(401);
  });

  it("shows the previous week's list until this week's build has finished (Monday morning), and is empty (not an error) without one", async () => {
    const me = await createMember({ gender: "M" });
    const her = await createMember({ gender: "F" });
    const previous = addWeeks(week, -1);
    await recommend(me, her, 1, previous);
    await prisma.recommendationRun.update({ where: { week }, data: { status: "RUNNING" } });
    try {
      const res = await get(me);
      expect(res.status).toBe(200);
      expect(res.body.week).toBe(previous);
      expect(res.body.items.map((i: { profile: { userId: string } }) => i.profile.userId)).toEqual([her.id]);
      // an explicit week is answered as asked
      expect((await get(me, { week })).body).toEqual({ week, items: [], receivedLikes: [] });
    } finally {
      await prisma.recommendationRun.update({ where: { week }, data: { status: "COMPLETED" } });
    }
    const newcomer = await createMember();
    expect((await get(newcomer)).body).toEqual({ week, items: [], receivedLikes: [] });
    // a run that finished with low coverage is finished too: this week's list, not last week's
    const another = await createMember({ gender: "F" });
    await recommend(me, another, 1, week);
    await prisma.recommendationRun.update({ where: { week }, data: { status: "LOW_COVERAGE" } });
    try {
      const res = await get(me);
      expect(res.body.week).toBe(week);
      expect(res.body.items.map((i: { profile: { userId: string } }) => i.profile.userId)).toEqual([another.id]);
    } finally {
      await prisma.recommendationRun.update({ where: { week }, data: { status: "COMPLETED" } });
    }
  });
});
