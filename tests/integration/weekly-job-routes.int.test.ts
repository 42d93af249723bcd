// The weekly job's triggers: the Vercel Cron route (Bearer CRON_SECRET, never skipped), the audited
// admin route, and the job itself (build + expiry of unpaid matches).
import { describe, expect, it } from "vitest";
import { GET as cron } from "@/app/api/cron/[job]/route";
import { POST as adminRun } from "@/app/api/admin/recs/run/route";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { canonicalPair } from "@/lib/matching/pair";
import { addWeeks, currentWeek } from "@/lib/core/week";
import { call, tokenFor } from "../helpers/http";
import { createMember } from "../helpers/factories";

const params = { job: "weekly-recommendations" };
/** a week an admin may build (the run accepts only weeks near the present) */
const NEXT_WEEK = addWeeks(currentWeek(), 1);

describe("GET /api/cron/weekly-recommendations (GET /api/cron/{job})", () => {
  it("refuses a missing or wrong secret with 401 and builds nothing", async () => {
    for (const token of [null, "wrong-secret-wrong-secret", `${env.CRON_SECRET}x`]) {
      const res = await call(cron, "GET", "/api/cron/weekly-recommendations", { token, params });
      expect(res.status).toBe(401);
      expect(res.json.error.code).toBe("UNAUTHENTICATED");
    }
    expect(await prisma.recommendationRun.count()).toBe(0);
  });

  it("builds this week's recommendations and closes expired pending matches", async () => {
    const he = await createMember({ gender: "M", birthYear: 1990, region: "서울" });
    const she = await createMember({ gender: "F", birthYear: 1992, region: "서울" });
    const x = await createMember({ gender: "M", status: "MATCHING" });
    const y = await createMember({ gender: "F", status: "MATCHING" });
    const stale = await prisma.match.create({ data: { ...canonicalPair(x.id, y.id), status: "PENDING", expiresAt: new Date(Date.now() - 60_000) } });

    const res = await call(cron, "GET", "/api/cron/weekly-recommendations", { token: env.CRON_SECRET, params });
    expect(res.status).toBe(200);
    expect(res.json.summary.week).toBe(currentWeek());
    // four members cannot give anyone five recommendations: the run is flagged, and still delivered
    expect(res.json.summary.recommendations.status).toBe("LOW_COVERAGE");
    expect(res.json.summary.expiredMatches.closedMatches).toBe(1);

    const recs = await prisma.recommendation.findMany({ where: { batchWeek: currentWeek() }, select: { userId: true, targetId: true } });
    expect(recs).toEqual(expect.arrayContaining([{ userId: he.id, targetId: she.id }, { userId: she.id, targetId: he.id }]));
    expect((await prisma.match.findUniqueOrThrow({ where: { id: stale.id } })).status).toBe("CLOSED");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: x.id } })).status).toBe("ACTIVE");

    // the second call of the week writes nothing new
    const again = await call(cron, "GET", "/api/cron/weekly-recommendations", { token: env.CRON_SECRET, params });
    expect(again.json.summary.recommendations.ran).toBe(false);
    expect(await prisma.recommendation.count({ where: { batchWeek: currentWeek() } })).toBe(recs.length);
  });
});

describe("POST /api/admin/recs/run", () => {
  it("is refused to members (403) and writes no run", async () => {
    const member = await createMember();
    const res = await call(adminRun, "POST", "/api/admin/recs/run", { token: await tokenFor(member), body: { week: NEXT_WEEK } });
    expect(res.status).toBe(403);
    expect(await prisma.recommendationRun.count({ where: { week: NEXT_WEEK } })).toBe(0);
  });

  it("answers a malformed week with 422", async () => {
    const admin = await createMember({ role: "ADMIN" });
    for (const week of ["2026-50", "2026-W54", "2025-W53"]) {
      const res = await call(adminRun, "POST", "/api/admin/recs/run", { token: await tokenFor({ id: admin.id, role: "ADMIN" }), body: { week } });
      expect(res.status, week).toBe(422);
    }
  });

  it("runs the requested week for an admin and records it in the audit log", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const res = await call(adminRun, "POST", "/api/admin/recs/run", { token: await tokenFor({ id: admin.id, role: "ADMIN" }), body: { week: NEXT_WEEK } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ week: NEXT_WEEK, ran: true });
    expect(["COMPLETED", "LOW_COVERAGE"]).toContain(res.json.status);
    const audit = await prisma.adminAction.findMany({ where: { adminId: admin.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "RECOMMENDATIONS_RUN", targetType: "RecommendationRun", targetId: NEXT_WEEK });
    expect((await prisma.recommendationRun.findUniqueOrThrow({ where: { week: NEXT_WEEK } })).triggeredBy).toBe(`admin:${admin.id}`);
  });
});
