// Issue 11 item 2 — a first list on day one: a member who completes profile and preferences after the
// week was built gets their list right after saving (same pool, rules, caps and exposure log as the
// weekly build), and an admin re-run of a finished week fills in members below their quota without
// touching existing lists. Idempotent.
import { beforeAll, describe, expect, it } from "vitest";
import { PUT as putPreferences } from "@/app/api/preferences/route";
import { POST as runRecs } from "@/app/api/admin/recs/run/route";
import { GET as getRecommendations } from "@/app/api/recommendations/route";
import { prisma } from "@/lib/db";
import { buildWeeklyRecommendations } from "@/lib/recommendations/build-weekly-recommendations";
import { topUpRecommendations } from "@/lib/recommendations/top-up";
import { firstListState, firstListsSettled } from "@/lib/recommendations/top-up-first-list";
import { addWeeks, currentWeek } from "@/lib/core/week";
import { FREE_WEEKLY_RECOMMENDATIONS } from "@/lib/payments/products";
import { call, tokenFor } from "../helpers/http";
import { createMember } from "../helpers/factories";

const week = currentWeek();
const man = () => createMember({ gender: "M", birthYear: 1992 });
const woman = () => createMember({ gender: "F", birthYear: 1994 });
const listOf = (userId: string) => prisma.recommendation.findMany({ where: { userId, batchWeek: week }, orderBy: { rank: "asc" } });
const PREFS = { targetGender: "F", ageMin: 25, ageMax: 45, regions: [], keywords: [] };

let women: { id: string }[] = [];

beforeAll(async () => {
  women = [];
  for (let i = 0; i < 6; i++) women.push(await woman());
  for (let i = 0; i < 6; i++) await man();
  const out = await buildWeeklyRecommendations(week);
  expect(out.status).toBe("COMPLETED");
});

describe("first list right after saving preferences", () => {
  it("a member who joins after the build gets a list within the save (deferred), with exposures and one notification", async () => {
    const newcomer = await man(); // profile + preference exist; the build ran before they joined
    expect(await listOf(newcomer.id)).toHaveLength(0);
    expect((await firstListState(newcomer.id)).state).toBe("PREPARING");

    const res = await call(putPreferences, "PUT", "/api/preferences", { token: await tokenFor(newcomer), body: PREFS });
    expect(res.status).toBe(200);
    await firstListsSettled();

    const list = await listOf(newcomer.id);
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(FREE_WEEKLY_RECOMMENDATIONS);
    expect(list.map((r) => r.rank)).toEqual(list.map((_, i) => i + 1));
    // the build's rules: only women in range, never themself, no duplicates
    const targets = list.map((r) => r.targetId);
    expect(new Set(targets).size).toBe(targets.length);
    for (const t of targets) expect(women.map((w) => w.id)).toContain(t);
    // the exposure log sees every new row (12-week no-repeat, caps)
    const exposures = await prisma.exposureLog.findMany({ where: { userId: newcomer.id, batchWeek: week } });
    expect(exposures.map((e) => e.targetId).sort()).toEqual([...targets].sort());
    expect(exposures.every((e) => e.reason === "top_up")).toBe(true);
    const notes = await prisma.notification.findMany({ where: { userId: newcomer.id } });
    expect(notes).toMatchObject([{ kind: "WEEKLY_RECOMMENDATIONS", dedupeKey: week, payload: { week, reason: "first" } }]);
    expect((await firstListState(newcomer.id)).state).toBe("HAS_LIST");

    // idempotent: saving again or a second top-up adds nothing
    await call(putPreferences, "PUT", "/api/preferences", { token: await tokenFor(newcomer), body: PREFS });
    await firstListsSettled();
    const again = await topUpRecommendations({ week, userIds: [newcomer.id] });
    expect(again.inserted).toBe(0);
    expect(await listOf(newcomer.id)).toEqual(list);
    expect(await prisma.notification.count({ where: { userId: newcomer.id } })).toBe(1);
  });

  it("follows the build's pair rules: a blocked member and one shown within 12 weeks are never picked", async () => {
    const newcomer = await man();
    const [blocked, seen] = women;
    await prisma.block.create({ data: { blockerId: blocked.id, blockedId: newcomer.id } });
    await prisma.exposureLog.create({ data: { userId: newcomer.id, targetId: seen.id, batchWeek: addWeeks(week, -2) } });
    const out = await topUpRecommendations({ week, userIds: [newcomer.id] });
    expect(out.status).toBe("DONE");
    const targets = (await listOf(newcomer.id)).map((r) => r.targetId);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets).not.toContain(blocked.id);
    expect(targets).not.toContain(seen.id);
  });

  it("does nothing for a week that has not been built (the build will include the member)", async () => {
    const newcomer = await man();
    const next = addWeeks(week, 1);
    const out = await topUpRecommendations({ week: next, userIds: [newcomer.id] });
    expect(out).toMatchObject({ status: "NO_FINISHED_RUN", inserted: 0 });
    expect(await prisma.recommendation.count({ where: { batchWeek: next } })).toBe(0);
  });

  it("before this week's build (Monday morning) tops up the previous week, the list members see then", async () => {
    const previous = addWeeks(week, -1);
    expect((await buildWeeklyRecommendations(previous)).status).toBe("COMPLETED");
    await prisma.recommendationRun.update({ where: { week }, data: { status: "RUNNING" } }); // this week's build not finished yet
    try {
      const newcomer = await man();
      expect(await firstListState(newcomer.id)).toMatchObject({ state: "PREPARING" });
      const res = await call(putPreferences, "PUT", "/api/preferences", { token: await tokenFor(newcomer), body: PREFS });
      expect(res.status).toBe(200);
      await firstListsSettled();
      const list = await prisma.recommendation.findMany({ where: { userId: newcomer.id } });
      expect(list.length).toBeGreaterThan(0);
      expect(new Set(list.map((r) => r.batchWeek))).toEqual(new Set([previous]));
      const cards = await call(getRecommendations, "GET", "/api/recommendations", { token: await tokenFor(newcomer) });
      expect(cards.json.week).toBe(previous);
      expect(cards.json.items).toHaveLength(list.length);
    } finally {
      await prisma.recommendationRun.update({ where: { week }, data: { status: "COMPLETED" } });
    }
  });

  it("waits for the weekly build when neither this week nor the previous one has been built", async () => {
    const runs = await prisma.recommendationRun.findMany({ where: { week: { in: [week, addWeeks(week, -1)] } }, select: { week: true, status: true } });
    await prisma.recommendationRun.updateMany({ where: { week: { in: runs.map((r) => r.week) } }, data: { status: "FAILED" } });
    try {
      const newcomer = await man();
      expect((await firstListState(newcomer.id)).state).toBe("WAITING_FOR_WEEK");
    } finally {
      for (const r of runs) await prisma.recommendationRun.update({ where: { week: r.week }, data: { status: r.status } });
    }
  });

  it("a member without preferences is not topped up (INCOMPLETE)", async () => {
    const half = await man();
    await prisma.preference.delete({ where: { userId: half.id } });
    expect((await firstListState(half.id)).state).toBe("INCOMPLETE");
    await topUpRecommendations({ week, userIds: [half.id] });
    expect(await listOf(half.id)).toHaveLength(0);
  });
});

describe("admin re-run of a finished week", () => {
  it("fills in members below their quota, leaves every existing row as it was, and is idempotent", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const late = await woman(); // joined after the build, no save yet → no list
    const men = await prisma.user.findMany({ where: { gender: "M", role: "MEMBER" }, select: { id: true } });
    // a list the build could not fill: drop its last rows
    const short = men[0].id;
    const before = await listOf(short);
    expect(before.length).toBeGreaterThan(2);
    await prisma.recommendation.deleteMany({ where: { id: { in: before.slice(-2).map((r) => r.id) } } });
    const snapshot = await prisma.recommendation.findMany({ where: { batchWeek: week }, select: { id: true, userId: true, targetId: true, rank: true, score: true, createdAt: true } });

    const res = await call(runRecs, "POST", "/api/admin/recs/run", { token: await tokenFor(admin), body: { week } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ week, status: "COMPLETED", ran: false });

    const after = await prisma.recommendation.findMany({ where: { batchWeek: week }, select: { id: true, userId: true, targetId: true, rank: true, score: true, createdAt: true } });
    const byId = new Map(after.map((r) => [r.id, r]));
    for (const row of snapshot) expect(byId.get(row.id)).toEqual(row);
    expect((await listOf(late.id)).length).toBeGreaterThan(0);
    const refilled = await listOf(short);
    expect(refilled.length).toBeGreaterThan(before.length - 2);
    expect(refilled.map((r) => r.rank)).toEqual(refilled.map((_, i) => i + 1));
    const audit = await prisma.adminAction.findFirstOrThrow({ where: { adminId: admin.id, action: "RECOMMENDATIONS_RUN" } });
    expect(audit.detail).toMatchObject({ ran: false, topUpMembers: expect.any(Number) });
    expect((audit.detail as { topUpMembers: number }).topUpMembers).toBeGreaterThanOrEqual(2);

    const count = await prisma.recommendation.count({ where: { batchWeek: week } });
    await call(runRecs, "POST", "/api/admin/recs/run", { token: await tokenFor(admin), body: { week } });
    expect(await prisma.recommendation.count({ where: { batchWeek: week } })).toBe(count);
  });
});
