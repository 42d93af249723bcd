// The two triggers of the weekly build, as HTTP contracts: the Vercel Cron route GET /api/cron/{job}
// (Bearer CRON_SECRET, compared in constant time, never skipped; its function budget covers every
// job's, see tests/unit/jobs-registry.test.ts) and the admin route (role checked next to the data,
// every call audited). tests/integration/weekly-job-routes covers the job's effects.
import { beforeEach, describe, expect, it } from "vitest";
import * as cronRoute from "@/app/api/cron/[job]/route";
import * as adminRoute from "@/app/api/admin/recs/run/route";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { CRON_BUILD_BUDGET_MS } from "@/lib/jobs/run-weekly-job";
import { currentWeek } from "@/lib/core/week";
import { call, tokenFor } from "../helpers/http";
import { createMember } from "../helpers/factories";
import { resetAll } from "../helpers/rec-fixtures";

const PATH = "/api/cron/weekly-recommendations";
const params = { job: "weekly-recommendations" };

beforeEach(resetAll);

describe("cron route", () => {
  it("the admin trigger's function outlasts the build's time budget", () => {
    expect(adminRoute.maxDuration * 1000).toBeGreaterThan(CRON_BUILD_BUDGET_MS);
  });

  it("answers 401 without the secret, with a wrong one, or with another scheme — and starts no run", async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: "Bearer not-the-cron-secret-at-all" },
      { authorization: `Bearer ${env.CRON_SECRET.slice(0, -1)}` },
      { authorization: `Basic ${Buffer.from(`cron:${env.CRON_SECRET}`).toString("base64")}` },
      { authorization: env.CRON_SECRET },
    ];
    for (const headers of attempts) {
      const res = await call(cronRoute.GET, "GET", PATH, { headers, params });
      expect(res.status).toBe(401);
      expect(res.json).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String) } });
    }
    expect(await prisma.recommendationRun.count()).toBe(0);
  });

  it("runs the current week with the secret and records who triggered it", async () => {
    await createMember({ gender: "M" });
    await createMember({ gender: "F" });
    const res = await call(cronRoute.GET, "GET", PATH, { token: env.CRON_SECRET, params });
    expect(res.status).toBe(200);
    expect(res.json.summary.recommendations).toMatchObject({ week: currentWeek(), ran: true, run: { processedCount: 2, recommendationsCount: 2 } });
    const run = await prisma.recommendationRun.findUniqueOrThrow({ where: { week: currentWeek() } });
    expect(run).toMatchObject({ triggeredBy: "cron", leaseUntil: null });
  });

  it("answers 404 for a job that is not in the registry, even with the secret", async () => {
    const res = await call(cronRoute.GET, "GET", "/api/cron/drop-everything", { token: env.CRON_SECRET, params: { job: "drop-everything" } });
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe("NOT_FOUND");
    expect(await prisma.recommendationRun.count()).toBe(0);
  });
});

describe("admin route", () => {
  it("needs a signed-in admin: 401 anonymous, 403 member", async () => {
    expect((await call(adminRoute.POST, "POST", "/api/admin/recs/run", { body: {} })).status).toBe(401);
    const member = await createMember();
    const res = await call(adminRoute.POST, "POST", "/api/admin/recs/run", { token: await tokenFor(member), body: {} });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe("FORBIDDEN");
    expect(await prisma.recommendationRun.count()).toBe(0);
    expect(await prisma.adminAction.count()).toBe(0);
  });

  it("rejects unknown body fields with 422", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const res = await call(adminRoute.POST, "POST", "/api/admin/recs/run", { token: await tokenFor({ id: admin.id, role: "ADMIN" }), body: { week: currentWeek(), force: true } });
    expect(res.status).toBe(422);
    expect(await prisma.recommendationRun.count()).toBe(0);
  });

  it("builds the current week by default and audits every call, the no-op repeat included", async () => {
    const admin = await createMember({ role: "ADMIN" });
    await createMember({ gender: "M" });
    await createMember({ gender: "F" });
    const token = await tokenFor({ id: admin.id, role: "ADMIN" });
    const first = await call(adminRoute.POST, "POST", "/api/admin/recs/run", { token, body: {} });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ week: currentWeek(), ran: true, run: { week: currentWeek(), triggeredBy: `admin:${admin.id}` } });
    const second = await call(adminRoute.POST, "POST", "/api/admin/recs/run", { token, body: { week: currentWeek() } });
    expect(second.json).toMatchObject({ ran: false, status: first.json.status });
    const audit = await prisma.adminAction.findMany({ where: { adminId: admin.id }, orderBy: { createdAt: "asc" } });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ action: "RECOMMENDATIONS_RUN", targetType: "RecommendationRun", targetId: currentWeek() });
    expect(audit[0].detail).toMatchObject({ ran: true, status: first.json.status, processedCount: 2 });
    expect(audit[1].detail).toMatchObject({ ran: false });
  });
});
