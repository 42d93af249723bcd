// The job registry is the one declaration of scheduled work: vercel.json's crons are generated from
// it, every schedule is a cron expression Vercel accepts, and the cron route's function limit covers
// every job's own (a job that may run 120 s behind a 60 s function would be killed mid-run).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as cronRoute from "@/app/api/cron/[job]/route";
import { CRON_MAX_DURATION_SECONDS, JOBS, JOB_NAMES } from "@/lib/jobs/registry";
import { assertSchedule, lastDueAt, nextDueAt } from "@/lib/jobs/schedule";
import { budgetFor } from "@/lib/jobs/types";
import { vercelConfig, vercelJsonText } from "@/lib/jobs/vercel-config";

describe("job registry", () => {
  it("vercel.json lists exactly the registry's jobs, each at its schedule (run scripts/write-vercel-json.ts after a change)", () => {
    const file = JSON.parse(readFileSync("vercel.json", "utf8"));
    expect(file.crons).toEqual(JOBS.map((j) => ({ path: `/api/cron/${j.name}`, schedule: j.schedule })));
    expect(file).toEqual(vercelConfig());
    expect(readFileSync("vercel.json", "utf8")).toBe(vercelJsonText());
  });

  it("names are unique kebab-case path segments, schedules valid 5-field UTC cron expressions", () => {
    expect(new Set(JOB_NAMES).size).toBe(JOBS.length);
    for (const job of JOBS) {
      expect(job.name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(() => assertSchedule(job.schedule), job.name).not.toThrow();
      expect(job.schedule.trim().split(/\s+/), job.name).toHaveLength(5);
    }
  });

  it("the cron route's maxDuration covers every job's, and every budget leaves room for the response", () => {
    expect(cronRoute.maxDuration).toBe(CRON_MAX_DURATION_SECONDS);
    for (const job of JOBS) {
      expect(job.maxDurationSeconds, job.name).toBeLessThanOrEqual(cronRoute.maxDuration);
      expect(budgetFor(job), job.name).toBeLessThan(job.maxDurationSeconds * 1000);
      expect(budgetFor(job), job.name).toBeGreaterThan(job.maxDurationSeconds * 500);
    }
  });

  it("the weekly build stays at Monday 10:00 KST (01:00 UTC), the time the members are told", () => {
    const weekly = JOBS.find((j) => j.name === "weekly-recommendations");
    expect(weekly?.schedule).toBe("0 1 * * 1");
  });
});

describe("due times (UTC)", () => {
  it("the last due time includes the exact instant and otherwise is the previous occurrence", () => {
    const monday = new Date("2026-12-07T01:00:00.000Z");
    expect(lastDueAt("0 1 * * 1", monday)).toEqual(monday);
    expect(lastDueAt("0 1 * * 1", new Date(monday.getTime() - 1))).toEqual(new Date("2026-11-30T01:00:00.000Z"));
    expect(lastDueAt("0 1 * * 1", new Date("2026-12-09T15:00:00.000Z"))).toEqual(monday);
    expect(nextDueAt("0 1 * * 1", monday)).toEqual(new Date("2026-12-14T01:00:00.000Z"));
    expect(lastDueAt("*/10 * * * *", new Date("2026-12-07T01:19:59.999Z"))).toEqual(new Date("2026-12-07T01:10:00.000Z"));
  });

  it("rejects expressions Vercel would refuse", () => {
    for (const bad of ["61 * * * *", "0 0 * * * *", "* * *", "0 25 * * *"]) expect(() => assertSchedule(bad), bad).toThrow();
  });
});
