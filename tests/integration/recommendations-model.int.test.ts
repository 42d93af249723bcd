// The weekly build learns its weights from the seeded history and stores them (with the fit's
// metrics and the week's exposure spread) with the run; a resumed run keeps them; members receive
// their membership tier's weekly number of recommendations.
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { buildWeeklyRecommendations } from "@/lib/recommendations/build-weekly-recommendations";
import type { ModelStats } from "@/lib/recommendations/fit-model";
import type { ExposureSummary } from "@/lib/recommendations/metrics";
import { addWeeks, weekStart } from "@/lib/core/week";
import { FREE_WEEKLY_RECOMMENDATIONS, PRODUCTS } from "@/lib/payments/products";
import { createMember } from "../helpers/factories";
import { WEEK, recsOf, resetAll, resetWeek } from "../helpers/rec-fixtures";

beforeEach(resetAll);

type Member = Awaited<ReturnType<typeof createMember>>;
type Stats = { model: ModelStats; exposure: ExposureSummary; caps: number[]; fairPicks: number };
const FIT = { minExamples: 100, minLikes: 10 };

/** 16 men and 16 women, each shown every member of the other gender 5–12 weeks ago; the first 4 women are liked by every man, the first 4 men like every woman */
async function seededHistory() {
  const men: Member[] = [];
  const women: Member[] = [];
  for (let i = 0; i < 16; i++) men.push(await createMember({ gender: "M", birthYear: 1990 + (i % 5) }));
  for (let i = 0; i < 16; i++) women.push(await createMember({ gender: "F", birthYear: 1992 + (i % 5) }));
  const exposures: { userId: string; targetId: string; batchWeek: string; seenAt: Date }[] = [];
  const likes: { fromId: string; toId: string; batchWeek: string }[] = [];
  const week = (k: number) => addWeeks(WEEK, -(5 + (k % 8)));
  men.forEach((m, i) =>
    women.forEach((w, j) => {
      const batchWeek = week(i + j);
      exposures.push({ userId: m.id, targetId: w.id, batchWeek, seenAt: weekStart(batchWeek) });
      exposures.push({ userId: w.id, targetId: m.id, batchWeek, seenAt: weekStart(batchWeek) });
      // men like the 4 popular women; the 4 eager men like everyone; one in 16 likes otherwise
      if (j < 4 || i < 4 || (i * 7 + j) % 16 === 0) likes.push({ fromId: m.id, toId: w.id, batchWeek });
      if (j < 4 && (i + j) % 3 === 0) likes.push({ fromId: w.id, toId: m.id, batchWeek });
      // the fit's validation week (W−1): pairs a like already closed are shown again, both ways (so the
      // lists the build can make do not change); the man's side is a like, the woman's mostly not
      if (i < 4 || j < 4) {
        const last = addWeeks(WEEK, -1);
        exposures.push({ userId: m.id, targetId: w.id, batchWeek: last, seenAt: weekStart(last) });
        exposures.push({ userId: w.id, targetId: m.id, batchWeek: last, seenAt: weekStart(last) });
      }
    }),
  );
  await prisma.exposureLog.createMany({ data: exposures });
  await prisma.like.createMany({ data: likes });
  return { men, women, exposures: exposures.length, likes: likes.length };
}

describe("learned weights", () => {
  it("fits the weights on the seeded history and stores them, with the fit's metrics, with the run", async () => {
    const h = await seededHistory();
    const out = await buildWeeklyRecommendations(WEEK, { fit: FIT });
    const run = await prisma.recommendationRun.findUniqueOrThrow({ where: { week: WEEK } });
    const stats = run.stats as unknown as Stats;
    // trained on the earlier weeks; the last week's 224 exposures validate
    expect(stats.model).toMatchObject({ exposures: h.exposures, examples: h.exposures - 224 });
    expect(stats.model.likes).toBeGreaterThan(50);
    // being liked by everyone and liking everyone are what the history shows: both weights positive
    expect(stats.model.weights.appeal).toBeGreaterThan(0);
    expect(stats.model.weights.eagerness).toBeGreaterThan(0);
    // validated on the last week (time split): 112 pairs both ways, by gender, with the calibration table
    const v = stats.model.validation!;
    expect(v).toMatchObject({ examples: 224, auc: expect.any(Number), priorAuc: expect.any(Number), deltaAucInterval: [expect.any(Number), expect.any(Number)], rounds: 200 });
    expect(v.groups.map((g) => [g.group, g.examples])).toEqual([["M", 112], ["F", 112]]);
    expect(v.calibration.length).toBe(10);
    // here the prior already ranks the last week as well as the fit (every man liked every woman he saw
    // again): the fit is accepted only beyond its bootstrap interval, so the prior is kept, and said so
    expect(stats.model.source).toBe(v.deltaAucInterval[0] > 0 ? "fitted" : "prior");
    expect(stats.model.source).toBe("prior");
    expect(stats.model.reason).toMatch(/bootstrap interval/);
    expect(stats.model.trainLogLoss).toBeGreaterThan(0);
    expect(Object.keys(stats.model.weights)).toEqual(Object.keys(stats.model.prior));
    // the stored run is what the admin DTO carries
    expect((out.run.stats as unknown as Stats).model.weights).toEqual(stats.model.weights);
    // the week's spread of appearances is recorded too
    expect(stats.exposure).toMatchObject({ members: 32, shownToNobody: expect.any(Number), gini: expect.any(Number), max: expect.any(Number), p50: expect.any(Number), fullListShare: expect.any(Number) });
    expect(stats.exposure.expectedMutualLikes).toBeGreaterThan(0);
    // every pair was shown 5–12 weeks ago: only relax level 3 may pair them again. The 4 women every man
    // liked and the 4 men who liked every woman can be paired with nobody; every other member is shown
    expect(stats.exposure.shownToNobody).toBe(0.25);
    expect(stats.exposure.shownToNobodyCompatible).toBe(0);
    expect(stats.fairPicks).toBeGreaterThan(0);
  });

  it("uses the prior weights when the history is thin, and says so", async () => {
    await createMember({ gender: "M" });
    await createMember({ gender: "F" });
    const out = await buildWeeklyRecommendations(WEEK);
    expect((out.run.stats as unknown as Stats).model).toMatchObject({ source: "prior", reason: "thin history", examples: 0 });
  });

  it("keeps the first call's weights when a run is resumed, and ends with the one-shot result", async () => {
    await seededHistory();
    const opts = { fit: FIT, chunkSize: 5, maxDurationMs: 0 };
    let out = await buildWeeklyRecommendations(WEEK, opts);
    const first = (out.run.stats as unknown as Stats).model.weights;
    while (out.status === "PARTIAL") out = await buildWeeklyRecommendations(WEEK, opts);
    expect((out.run.stats as unknown as Stats).model.weights).toEqual(first);
    const resumed = await recsOf();
    const resumedExposure = (out.run.stats as unknown as Stats).exposure;
    await resetWeek();
    const oneShot = await buildWeeklyRecommendations(WEEK, { fit: FIT });
    expect(await recsOf()).toEqual(resumed);
    expect((oneShot.run.stats as unknown as Stats).exposure).toEqual(resumedExposure);
  });
});

describe("weekly quota by membership tier", () => {
  it("gives an unexpired membership its tier's number of recommendations, an expired one the free number", async () => {
    const tierQuota = (tier: string) => PRODUCTS.find((p) => p.tier === tier)!.weeklyRecommendations!;
    const future = new Date(Date.now() + 400 * 86_400_000);
    const premium = await createMember({ gender: "M" });
    const basic = await createMember({ gender: "M" });
    const expired = await createMember({ gender: "M" });
    const free = await createMember({ gender: "M" });
    await prisma.user.update({ where: { id: premium.id }, data: { membershipTier: "PREMIUM", membershipExpiresAt: future } });
    await prisma.user.update({ where: { id: basic.id }, data: { membershipTier: "BASIC", membershipExpiresAt: future } });
    await prisma.user.update({ where: { id: expired.id }, data: { membershipTier: "PREMIUM", membershipExpiresAt: new Date(weekStart(WEEK).getTime() - 1000) } });
    for (let i = 0; i < 20; i++) await createMember({ gender: "F", birthYear: 1990 + (i % 6) });
    const out = await buildWeeklyRecommendations(WEEK);
    const count = async (userId: string) => prisma.recommendation.count({ where: { userId, batchWeek: WEEK } });
    expect(await count(premium.id)).toBe(tierQuota("PREMIUM"));
    expect(await count(basic.id)).toBe(tierQuota("BASIC"));
    expect(await count(expired.id)).toBe(FREE_WEEKLY_RECOMMENDATIONS);
    expect(await count(free.id)).toBe(FREE_WEEKLY_RECOMMENDATIONS);
    const ranks = (await recsOf()).filter((r) => r.userId === premium.id).map((r) => r.rank);
    expect(ranks).toEqual(Array.from({ length: tierQuota("PREMIUM") }, (_, i) => i + 1));
    // the four men have full lists (by their own quota); the women have only four candidates
    expect(out.run.fullCount).toBe(4);
  });
});
