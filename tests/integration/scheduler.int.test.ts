// The in-process scheduler for self-hosting, on a controllable clock: two instances against the same
// database run a due time once; a due time missed while no instance was up is caught up after a
// restart; a dead holder's lease is taken over, a failure retried after the delay, an incomplete run
// continued — and the real registry jobs run through it.
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { findJob } from "@/lib/jobs/registry";
import { createScheduler, RETRY_DELAY_MS } from "@/lib/jobs/scheduler";
import type { JobDefinition, JobContext } from "@/lib/jobs/types";
import { canonicalPair } from "@/lib/matching/pair";
import { createMember } from "../helpers/factories";

/** a clock the test moves by hand */
function clock(start: string) {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), set: (iso: string) => void (t = new Date(iso).getTime()), advance: (ms: number) => void (t += ms) };
}

/** a job every 10 minutes that records each run (and takes a little time, so two instances overlap) */
function countingJob(overrides: Partial<JobDefinition> = {}) {
  const runs: JobContext[] = [];
  const job: JobDefinition = {
    name: "test-counter",
    summary: "test",
    schedule: "*/10 * * * *",
    maxDurationSeconds: 30,
    run: async (ctx) => {
      runs.push(ctx);
      await new Promise((r) => setTimeout(r, 50));
      return { counted: runs.length };
    },
    ...overrides,
  };
  return { job, runs };
}

const rowsOf = (job: string) => prisma.jobRun.findMany({ where: { job }, orderBy: { dueAt: "asc" } });

beforeEach(async () => {
  await prisma.jobRun.deleteMany();
});

describe("several instances", () => {
  it("two instances ticking at the same time run a due time once; the next due time once again", async () => {
    const c = clock("2026-12-07T01:03:00.000Z");
    const { job, runs } = countingJob();
    const a = createScheduler({ jobs: [job], now: c.now, instanceId: "instance-a" });
    const b = createScheduler({ jobs: [job], now: c.now, instanceId: "instance-b" });

    const [ta, tb] = await Promise.all([a.tick(), b.tick()]);
    const ran = [...ta, ...tb].filter((o) => o.outcome === "ran");
    expect(ran).toHaveLength(1);
    expect(runs).toHaveLength(1);
    expect(runs[0].actor).toEqual({ system: "scheduler" });
    expect(runs[0].now).toEqual(c.now());

    // later ticks within the same 10 minutes: nothing more
    c.advance(4 * 60_000);
    await Promise.all([a.tick(), b.tick(), a.tick()]);
    expect(runs).toHaveLength(1);

    c.set("2026-12-07T01:10:00.000Z");
    await Promise.all([b.tick(), a.tick()]);
    expect(runs).toHaveLength(2);

    const rows = await rowsOf(job.name);
    expect(rows.map((r) => [r.dueAt.toISOString(), r.status, r.attempts])).toEqual([
      ["2026-12-07T01:00:00.000Z", "SUCCEEDED", 1],
      ["2026-12-07T01:10:00.000Z", "SUCCEEDED", 1],
    ]);
    expect(rows[0].summary).toEqual({ counted: 1 });
    expect(["instance-a", "instance-b"]).toContain(rows[0].instanceId);
  });

  it("an instance does not take a due time another one is still running (lease not expired)", async () => {
    const c = clock("2026-12-07T01:03:00.000Z");
    const { job, runs } = countingJob();
    await prisma.jobRun.create({
      data: { job: job.name, dueAt: new Date("2026-12-07T01:00:00.000Z"), status: "RUNNING", instanceId: "busy", leaseUntil: new Date("2026-12-07T01:04:00.000Z"), startedAt: new Date("2026-12-07T01:02:00.000Z") },
    });
    const s = createScheduler({ jobs: [job], now: c.now, instanceId: "other" });
    expect((await s.tick())[0].outcome).toBe("skipped");
    expect(runs).toHaveLength(0);

    // the holder died: once its lease has run out, another instance takes the due time over
    c.set("2026-12-07T01:04:01.000Z");
    expect((await s.tick())[0]).toMatchObject({ outcome: "ran", status: "SUCCEEDED", attempts: 2 });
    expect(runs).toHaveLength(1);
    expect((await rowsOf(job.name))[0]).toMatchObject({ status: "SUCCEEDED", instanceId: "other", attempts: 2 });
  });
});

describe("restart", () => {
  it("a due time missed while no instance was up runs once at the first tick after the restart", async () => {
    const c = clock("2026-12-07T01:01:00.000Z");
    const { job, runs } = countingJob();
    const first = createScheduler({ jobs: [job], now: c.now, instanceId: "before" });
    await first.tick();
    expect(runs).toHaveLength(1);

    // down from 01:02 to 01:35: the 01:10, 01:20 and 01:30 runs were missed
    c.set("2026-12-07T01:35:00.000Z");
    const restarted = createScheduler({ jobs: [job], now: c.now, instanceId: "after" });
    const out = await restarted.tick();
    expect(out[0]).toMatchObject({ outcome: "ran", dueAt: new Date("2026-12-07T01:30:00.000Z") });
    // the job brings state up to date: one catch-up run, not one per missed due time
    expect(runs).toHaveLength(2);
    await restarted.tick();
    expect(runs).toHaveLength(2);
    expect((await rowsOf(job.name)).map((r) => r.dueAt.toISOString())).toEqual(["2026-12-07T01:00:00.000Z", "2026-12-07T01:30:00.000Z"]);
  });

  it("a due time already done before the restart is not run again by the new process", async () => {
    const c = clock("2026-12-07T01:01:00.000Z");
    const { job, runs } = countingJob();
    await createScheduler({ jobs: [job], now: c.now, instanceId: "before" }).tick();
    c.advance(60_000);
    await createScheduler({ jobs: [job], now: c.now, instanceId: "after" }).tick();
    expect(runs).toHaveLength(1);
  });

  it("start() catches up at once, keeps ticking, and stop() waits for the running job", async () => {
    const c = clock("2026-12-07T01:01:00.000Z");
    const { job, runs } = countingJob();
    const s = createScheduler({ jobs: [job], now: c.now, tickMs: 20, instanceId: "timer" });
    s.start();
    await expect.poll(() => runs.length, { timeout: 5_000 }).toBe(1);
    c.set("2026-12-07T01:10:00.000Z");
    await expect.poll(() => runs.length, { timeout: 5_000 }).toBe(2);
    await s.stop();
    expect((await rowsOf(job.name)).every((r) => r.status === "SUCCEEDED")).toBe(true);
    c.set("2026-12-07T01:20:00.000Z");
    await new Promise((r) => setTimeout(r, 100));
    expect(runs).toHaveLength(2);
  });
});

describe("failures and continuations", () => {
  it("a failed run is recorded and retried after the delay, not at the next tick", async () => {
    const c = clock("2026-12-07T01:01:00.000Z");
    let fail = true;
    const { job, runs } = countingJob({
      run: async () => {
        if (fail) throw new Error("database unavailable");
        return { ok: true };
      },
    });
    const s = createScheduler({ jobs: [job], now: c.now, instanceId: "one" });
    expect((await s.tick())[0]).toMatchObject({ outcome: "ran", status: "FAILED" });
    expect((await rowsOf(job.name))[0]).toMatchObject({ status: "FAILED", error: "database unavailable" });
    c.advance(60_000);
    expect((await s.tick())[0].outcome).toBe("skipped");
    fail = false;
    c.advance(RETRY_DELAY_MS);
    expect((await s.tick())[0]).toMatchObject({ outcome: "ran", status: "SUCCEEDED", attempts: 2 });
    expect((await rowsOf(job.name))[0]).toMatchObject({ status: "SUCCEEDED", error: null, summary: { ok: true } });
    expect(runs).toHaveLength(0);
  });

  it("an incomplete run (time budget spent) continues at the next tick until done", async () => {
    const c = clock("2026-12-07T01:01:00.000Z");
    let left = 3;
    const budgets: number[] = [];
    const { job } = countingJob({
      maxDurationSeconds: 60,
      run: async ({ budgetMs }) => {
        budgets.push(budgetMs);
        left--;
        return { left, incomplete: left > 0 };
      },
    });
    const s = createScheduler({ jobs: [job], now: c.now, instanceId: "one" });
    expect((await s.tick())[0]).toMatchObject({ status: "INCOMPLETE" });
    expect((await s.tick())[0]).toMatchObject({ status: "INCOMPLETE" });
    expect((await s.tick())[0]).toMatchObject({ status: "SUCCEEDED", attempts: 3 });
    expect((await s.tick())[0].outcome).toBe("skipped");
    expect(budgets).toEqual([45_000, 45_000, 45_000]);
    expect((await rowsOf(job.name))[0]).toMatchObject({ status: "SUCCEEDED", summary: { left: 0 } });
  });
});

describe("registry jobs through the scheduler", () => {
  it("expire-pending-matches closes an unpaid match past its window, once for two instances", async () => {
    const x = await createMember({ gender: "M", status: "MATCHING" });
    const y = await createMember({ gender: "F", status: "MATCHING" });
    const now = new Date();
    const stale = await prisma.match.create({ data: { ...canonicalPair(x.id, y.id), status: "PENDING", expiresAt: new Date(now.getTime() - 60_000) } });
    const job = findJob("expire-pending-matches")!;
    const a = createScheduler({ jobs: [job], now: () => now, instanceId: "a" });
    const b = createScheduler({ jobs: [job], now: () => now, instanceId: "b" });
    await Promise.all([a.tick(), b.tick()]);

    expect((await prisma.match.findUniqueOrThrow({ where: { id: stale.id } })).status).toBe("CLOSED");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: x.id } })).status).toBe("ACTIVE");
    const rows = await rowsOf("expire-pending-matches");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "SUCCEEDED", summary: { closedMatches: 1, restoredMembers: 2 } });
  });
});
