// The weekly build against a real database: hard filters in both directions, no repeats, the
// weekly cap, relaxation, coverage, idempotency, concurrency and resumable chunks.
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { buildWeeklyRecommendations, type BuildOptions } from "@/lib/recommendations/build-weekly-recommendations";
import { WEEKLY_TARGET_CAP } from "@/lib/recommendations/policy";
import { addWeeks } from "@/lib/core/week";
import { createMember, type MemberInput } from "../helpers/factories";
import { WEEK, exposure, like, match, pairedEitherWay, recsOf, resetAll, resetWeek, targetsOf } from "../helpers/rec-fixtures";

beforeEach(resetAll);

const build = (opts?: BuildOptions) => buildWeeklyRecommendations(WEEK, opts);
const man = (o: MemberInput = {}) => createMember({ gender: "M", birthYear: 1992, ...o });
const woman = (o: MemberInput = {}) => createMember({ gender: "F", birthYear: 1994, ...o });
/** n members created one after another (PGlite is a single connection) */
async function many<T>(n: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await make(i));
  return out;
}

describe("hard filters hold in both directions", () => {
  it("never recommends a pair after one side passed (관심 없음) on the other, in either direction", async () => {
    const a = await man();
    const passed = await woman();
    const other = await woman();
    await prisma.pass.create({ data: { userId: a.id, targetId: passed.id, batchWeek: addWeeks(WEEK, -1) } });
    await build();
    expect(await targetsOf(a.id)).toEqual([other.id]);
    expect(await pairedEitherWay(a.id, passed.id)).toBe(false);
  });

  it("recommends a pair only when each side's age range admits the other", async () => {
    const a = await man({ ageMin: 25, ageMax: 40 }); // 34, wants 25–40
    const tooYoungForHer = await woman({ ageMin: 25, ageMax: 28 }); // A admits her; she does not admit 34 (not even ±3)
    const mutual = await woman({ ageMin: 30, ageMax: 40 });
    const out = await build();
    expect(out).toMatchObject({ ran: true, week: WEEK });
    expect(await targetsOf(a.id)).toEqual([mutual.id]);
    expect(await pairedEitherWay(a.id, tooYoungForHer.id)).toBe(false);
    expect(await targetsOf(mutual.id)).toEqual([a.id]);
  });

  it("needs each side's target gender to be the other's gender", async () => {
    const a = await man({ targetGender: "F" });
    const wantsWomen = await woman({ targetGender: "F" });
    const b = await woman({ targetGender: "M" });
    const wantsMen = await man({ targetGender: "M" });
    const otherMan = await man({ targetGender: "M" });
    await build();
    expect(await targetsOf(a.id)).toEqual([b.id]);
    expect(await pairedEitherWay(a.id, wantsWomen.id)).toBe(false);
    expect(await pairedEitherWay(b.id, wantsMen.id)).toBe(false);
    expect(await targetsOf(wantsMen.id)).toEqual([otherMan.id]); // two men who both want men
  });

  it("applies region preferences both ways, relaxing them only for members short of candidates", async () => {
    const a = await man({ region: "서울", regions: ["서울"] });
    const seoul = await many(10, () => woman({ region: "서울" }));
    const busan = await woman({ region: "부산" }); // no preference of her own, but A only wants 서울
    const wantsBusan = await woman({ region: "서울", regions: ["부산"] }); // A is not in her region
    await build();
    const aRecs = (await recsOf()).filter((r) => r.userId === a.id);
    expect(new Set(aRecs.map((r) => r.targetId))).toEqual(new Set(seoul.map((w) => w.id)));
    expect(aRecs.every((r) => r.relaxLevel === 0)).toBe(true);
    // she has no strict candidate at all: relax level 1 (no regions) finds A for her — never the other way round
    const hers = (await recsOf()).filter((r) => r.userId === busan.id);
    expect(hers).toEqual([expect.objectContaining({ targetId: a.id, relaxLevel: 1 })]);
    expect((await recsOf()).filter((r) => r.userId === wantsBusan.id)).toEqual([expect.objectContaining({ targetId: a.id, relaxLevel: 1 })]);
  });

  it("never pairs members blocked in either direction, at any relax level", async () => {
    const a = await man();
    const blockedByA = await woman();
    const blockerOfA = await woman();
    const ok = await woman();
    await prisma.block.create({ data: { blockerId: a.id, blockedId: blockedByA.id } });
    await prisma.block.create({ data: { blockerId: blockerOfA.id, blockedId: a.id } });
    await build();
    expect(await targetsOf(a.id)).toEqual([ok.id]);
    expect(await pairedEitherWay(a.id, blockedByA.id)).toBe(false);
    expect(await pairedEitherWay(a.id, blockerOfA.id)).toBe(false);
  });

  it("never pairs members who already liked each other (either way) or have a match", async () => {
    const a = await man();
    const [likedByA, likesA, matched, fresh] = await many(4, () => woman());
    await like(a.id, likedByA.id, addWeeks(WEEK, -30));
    await like(likesA.id, a.id);
    await match(a.id, matched.id);
    await build();
    expect(await targetsOf(a.id)).toEqual([fresh.id]);
    for (const w of [likedByA, likesA, matched]) expect(await pairedEitherWay(a.id, w.id)).toBe(false);
  });

  it("leaves out members who are not live, onboarded members with a profile and a preference", async () => {
    const a = await man();
    const ok = await woman();
    const excluded = [
      await woman({ status: "ONBOARDING" }),
      await woman({ status: "BANNED" }),
      await woman({ status: "WITHDRAWN" }),
      await woman({ status: "MATCHED" }),
      await woman({ role: "ADMIN" }),
      await woman({ withProfile: false }),
    ];
    const deleted = await woman();
    await prisma.user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    const banned = await woman();
    // banned = the status BANNED with its date (lib/admin/ban-member.ts)
    await prisma.user.update({ where: { id: banned.id }, data: { status: "BANNED", bannedAt: new Date() } });
    const matching = await woman({ status: "MATCHING" });
    const out = await build();
    expect(new Set(await targetsOf(a.id))).toEqual(new Set([ok.id, matching.id]));
    expect(out.run.eligibleCount).toBe(3);
    for (const u of [...excluded, deleted, banned]) expect(await prisma.recommendation.count({ where: { OR: [{ userId: u.id }, { targetId: u.id }] } })).toBe(0);
  });
});

describe("no repeat exposure", () => {
  it("excludes pairs shown to each other (either direction) within 12 weeks, not 13 weeks ago", async () => {
    const a = await man({ keywords: ["여행"], prefKeywords: ["요리"] });
    await many(10, () => woman({ keywords: ["등산"], prefKeywords: ["골프"] })); // ten strict candidates: no relaxing
    const shownElevenWeeksAgo = await woman({ keywords: ["요리"], prefKeywords: ["여행"] });
    const shownThirteenWeeksAgo = await woman({ keywords: ["요리"], prefKeywords: ["여행"] });
    await exposure(shownElevenWeeksAgo.id, a.id, 11); // she was shown him: counts for both
    await exposure(a.id, shownThirteenWeeksAgo.id, 13);
    await build();
    const targets = await targetsOf(a.id);
    expect(targets).toHaveLength(10);
    expect(targets).not.toContain(shownElevenWeeksAgo.id);
    expect(targets[0]).toBe(shownThirteenWeeksAgo.id); // the best fit, and allowed again
    // she has no other candidate than A: only relax level 3 may show him to her again
    const hers = (await recsOf()).filter((r) => r.userId === shownElevenWeeksAgo.id);
    expect(hers).toEqual([expect.objectContaining({ targetId: a.id, relaxLevel: 3 })]);
  });

  it("relax level 3 allows a pair shown 5–12 weeks ago, never one shown within 4 weeks", async () => {
    const a = await man();
    const sixWeeks = await woman();
    const threeWeeks = await woman();
    await exposure(a.id, sixWeeks.id, 6);
    await exposure(threeWeeks.id, a.id, 3);
    await build();
    expect((await recsOf()).filter((r) => r.userId === a.id)).toEqual([expect.objectContaining({ targetId: sixWeeks.id, relaxLevel: 3 })]);
    expect(await pairedEitherWay(a.id, threeWeeks.id)).toBe(false);
  });

  it("logs an exposure for every recommendation", async () => {
    await many(3, () => man());
    await many(3, () => woman());
    await build();
    const recs = await recsOf();
    const exposures = await prisma.exposureLog.findMany({ where: { batchWeek: WEEK }, select: { userId: true, targetId: true, reason: true } });
    expect(recs).toHaveLength(18);
    expect(new Set(exposures.map((e) => `${e.userId}>${e.targetId}`))).toEqual(new Set(recs.map((r) => `${r.userId}>${r.targetId}`)));
    expect(exposures.every((e) => e.reason === "weekly_rec")).toBe(true);
  });
});

describe("ranking, cap and relaxation", () => {
  it("gives each member at most 10, ranked 1…n by score, best mutual fit first", async () => {
    const a = await man({ keywords: ["여행", "운동"], prefKeywords: ["요리", "영화"] });
    const best = await woman({ keywords: ["요리", "영화"], prefKeywords: ["여행", "운동"] });
    await many(12, () => woman({ keywords: ["등산"], prefKeywords: ["골프"] }));
    await build();
    const mine = (await recsOf()).filter((r) => r.userId === a.id);
    expect(mine.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(mine[0].targetId).toBe(best.id);
    for (let i = 1; i < mine.length; i++) expect(mine[i].score).toBeLessThanOrEqual(mine[i - 1].score);
  });

  it("shows one popular member at most WEEKLY_TARGET_CAP times a week", async () => {
    const popular = await woman({ keywords: ["요리", "영화", "와인"], prefKeywords: [] });
    const others = await many(10, () => woman({ keywords: ["등산"] }));
    const men = await many(WEEKLY_TARGET_CAP + 8, () => man({ prefKeywords: ["요리", "영화", "와인"] }));
    const out = await build();
    expect(out.run.processedCount).toBe(WEEKLY_TARGET_CAP + 19);
    const shown = await prisma.recommendation.groupBy({ by: ["targetId"], where: { batchWeek: WEEK, targetId: { in: [popular.id, ...others.map((o) => o.id)] } }, _count: true });
    expect(shown.find((s) => s.targetId === popular.id)?._count).toBe(WEEKLY_TARGET_CAP);
    expect(Math.max(...shown.map((s) => s._count))).toBeLessThanOrEqual(WEEKLY_TARGET_CAP);
    // she tops every list she is on; 8 men came after her cap was reached
    let withHer = 0;
    for (const m of men) {
      const targets = await targetsOf(m.id);
      if (targets.includes(popular.id)) {
        expect(targets[0]).toBe(popular.id);
        withHer++;
      }
    }
    expect(withHer).toBe(WEEKLY_TARGET_CAP);
  });

  it("keeps the cap across resumed chunks", async () => {
    const popular = await woman({ keywords: ["요리"] });
    await woman({ keywords: ["등산"] });
    await many(12, () => man({ prefKeywords: ["요리"] }));
    let out = await build({ weeklyCap: 5, chunkSize: 2, maxDurationMs: 0 });
    let calls = 1;
    while (out.status === "PARTIAL") {
      out = await build({ weeklyCap: 5, chunkSize: 2, maxDurationMs: 0 });
      calls++;
    }
    expect(calls).toBeGreaterThan(3);
    expect(await prisma.recommendation.count({ where: { batchWeek: WEEK, targetId: popular.id } })).toBe(5);
  });

  it("relaxes step by step for a member with too few strict candidates, recording the level", async () => {
    const a = await man({ region: "서울", regions: ["서울"], ageMin: 30, ageMax: 33 }); // wants born 1993–1996
    const strict = await woman({ region: "서울", birthYear: 1994 });
    const otherRegion = await woman({ region: "대구", birthYear: 1994 });
    const slightlyOlder = await woman({ region: "서울", birthYear: 1991 }); // 35: within ±3 of 33
    const muchOlder = await woman({ region: "서울", birthYear: 1985 }); // 41: never
    await build();
    const mine = (await recsOf()).filter((r) => r.userId === a.id);
    expect(mine.map((r) => [r.targetId, r.relaxLevel])).toEqual([
      [strict.id, 0],
      [otherRegion.id, 1],
      [slightlyOlder.id, 2],
    ]);
    expect(await pairedEitherWay(a.id, muchOlder.id)).toBe(false);
    const run = await prisma.recommendationRun.findUniqueOrThrow({ where: { week: WEEK } });
    expect((run.stats as { relaxLevels: number[] }).relaxLevels[1]).toBeGreaterThanOrEqual(1);
  });
});

describe("the run", () => {
  it("records counts and marks low coverage", async () => {
    await man();
    await woman();
    const out = await build();
    expect(out.status).toBe("LOW_COVERAGE"); // one recommendation each: nobody reaches 5
    expect(out.run).toMatchObject({ status: "LOW_COVERAGE", eligibleCount: 2, processedCount: 2, recommendationsCount: 2, fullCount: 0, emptyCount: 0, coverage: 0 });
    expect(out.run.finishedAt).not.toBeNull();
    expect(out.run.durationMs).toBeGreaterThanOrEqual(0);
    expect(out.run.chunks).toBe(1);
  });

  it("completes when most members receive at least 5", async () => {
    await many(6, () => man());
    await many(6, () => woman());
    await man({ ageMin: 60, ageMax: 70 }); // nobody for him
    const out = await build();
    expect(out.status).toBe("COMPLETED");
    expect(out.run).toMatchObject({ status: "COMPLETED", eligibleCount: 13, processedCount: 13, recommendationsCount: 72, emptyCount: 1 });
    expect(out.run.coverage).toBeCloseTo(12 / 13, 6);
    expect((out.run.stats as { relaxLevels: number[] }).relaxLevels[0]).toBe(72);
  });

  it("is idempotent: a second run of a finished week writes nothing and changes nothing", async () => {
    await many(4, () => man());
    await many(4, () => woman());
    const first = await build();
    const before = await prisma.recommendation.findMany({ where: { batchWeek: WEEK }, orderBy: { id: "asc" } });
    const exposures = await prisma.exposureLog.count();
    const second = await build();
    expect(second).toMatchObject({ ran: false, status: first.status });
    expect(second.run).toEqual(first.run);
    expect(await prisma.recommendation.findMany({ where: { batchWeek: WEEK }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await prisma.exposureLog.count()).toBe(exposures);
  });

  it("lets only one of two concurrent runs of a week build it", async () => {
    await many(5, () => man());
    await many(5, () => woman());
    const outcomes = await Promise.all([build(), build()]);
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    const recs = await recsOf();
    expect(recs).toHaveLength(50);
    expect(new Set(recs.map((r) => `${r.userId}>${r.targetId}`)).size).toBe(50);
    expect(await prisma.exposureLog.count({ where: { batchWeek: WEEK } })).toBe(50);
    expect(await prisma.recommendationRun.count()).toBe(1);
  });

  it("resumes a partial run to the same result as one uninterrupted run", async () => {
    await many(7, (i) => man({ keywords: [["여행", "운동", "독서"][i % 3]], prefKeywords: [["요리", "영화"][i % 2]] }));
    await many(6, (i) => woman({ birthYear: 1990 + i, keywords: [["요리", "영화", "와인"][i % 3]], prefKeywords: [["여행", "독서"][i % 2]] }));
    const opts = { chunkSize: 2, maxDurationMs: 0, weeklyCap: 3 };
    const first = await build(opts);
    expect(first).toMatchObject({ status: "PARTIAL", ran: true });
    expect(first.cursor).toBeTruthy();
    expect(first.run.status).toBe("RUNNING");
    expect(first.run.leaseUntil).toBeNull(); // paused, free to resume
    let out = first;
    let calls = 1;
    while (out.status === "PARTIAL") {
      out = await build(opts);
      calls++;
    }
    expect(calls).toBe(7); // 13 members, 2 per call
    expect(out.run).toMatchObject({ processedCount: 13, chunks: 7 });
    const resumed = await recsOf();

    await resetWeek();
    const oneShot = await build({ weeklyCap: 3 });
    expect(oneShot.run.chunks).toBe(1);
    expect(await recsOf()).toEqual(resumed);
  });

  it("waits for a live lease held by another caller, and takes over an expired one", async () => {
    await man();
    await woman();
    await prisma.recommendationRun.create({ data: { week: WEEK, status: "RUNNING", leaseUntil: new Date(Date.now() + 60_000), triggeredBy: "other" } });
    const held = await build();
    expect(held).toMatchObject({ status: "RUNNING", ran: false });
    expect(await prisma.recommendation.count()).toBe(0);

    await prisma.recommendationRun.update({ where: { week: WEEK }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    const taken = await build();
    expect(taken).toMatchObject({ ran: true, status: "LOW_COVERAGE" });
    expect(await prisma.recommendation.count()).toBe(2);
  });

  it("marks the run FAILED with the error when a write fails, and a later call completes it", async () => {
    await many(2, () => man());
    await many(2, () => woman());
    // the database refuses this week's recommendations for as long as the trigger exists
    await prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_recs() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full (test)'; END $$`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_recs BEFORE INSERT ON "Recommendation" FOR EACH ROW EXECUTE FUNCTION refuse_recs()`);
    try {
      await expect(build()).rejects.toThrow(/disk full/);
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER refuse_recs ON "Recommendation"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION refuse_recs()`);
    }
    const failed = await prisma.recommendationRun.findUniqueOrThrow({ where: { week: WEEK } });
    expect(failed).toMatchObject({ status: "FAILED", leaseUntil: null, processedCount: 0 });
    expect(failed.error).toMatch(/disk full/);
    expect(await prisma.recommendation.count()).toBe(0);
    expect(await prisma.exposureLog.count()).toBe(0);

    const retried = await build();
    expect(retried).toMatchObject({ ran: true, status: "LOW_COVERAGE" });
    expect(retried.run).toMatchObject({ error: null, processedCount: 4, recommendationsCount: 8 });
  });

  it("retries a FAILED run from its cursor: processed members keep their lists, the rest are built", async () => {
    await many(3, () => man());
    await many(3, () => woman());
    const opts = { chunkSize: 2, maxDurationMs: 0 };
    const first = await build(opts);
    expect(first).toMatchObject({ status: "PARTIAL", ran: true });
    expect(first.cursor).not.toBeNull();
    const before = await prisma.recommendation.findMany({ select: { id: true, userId: true }, orderBy: { id: "asc" } });
    const doneMembers = new Set(before.map((r) => r.userId));
    // the batch died after its first chunk: the run is FAILED but keeps its cursor
    await prisma.recommendationRun.update({ where: { week: WEEK }, data: { status: "FAILED", error: "boom", leaseUntil: null } });

    const out = await build();
    expect(out).toMatchObject({ ran: true });
    expect(out.run.error).toBeNull();
    expect(out.run.processedCount).toBe(6);
    // nothing built before the failure was rebuilt: same rows, and the later members got their lists
    const after = await prisma.recommendation.findMany({ select: { id: true, userId: true } });
    expect(after.filter((r) => doneMembers.has(r.userId)).map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
    expect(new Set(after.map((r) => r.userId)).size).toBe(6);
  });
});
