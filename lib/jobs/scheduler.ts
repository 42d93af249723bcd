// The in-process scheduler for self-hosting (SCHEDULER_ENABLED=true; started by instrumentation.ts):
// every tick, for each job of the registry, the latest due time at or before now is claimed in
// PostgreSQL and, if this instance won the claim, run. "Latest due time" makes it level-triggered:
// the first tick after a start catches up a run missed while no instance was up, and a downtime
// spanning several due times runs the job once (jobs bring state up to date, they don't count runs).
//
// The claim is ONE statement, INSERT … ON CONFLICT ("job","dueAt") DO UPDATE … WHERE <takeover
// allowed> RETURNING: the unique key lets exactly one of several instances insert a due time; the
// WHERE lets a later tick take it over only when the holder's lease ran out (it died mid-run), the
// run stopped at its budget with work left (INCOMPLETE), or it FAILED and the retry delay passed.
// A SUCCEEDED due time is never run again.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { systemActor } from "@/lib/core/actor";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { JOBS } from "./registry";
import { lastDueAt } from "./schedule";
import { budgetFor, type JobDefinition } from "./types";

/** beyond the job's own limit, before another instance may assume the holder died */
const LEASE_MARGIN_MS = 60_000;
/** a FAILED due time is retried after this long… */
export const RETRY_DELAY_MS = 5 * 60_000;
/** …and a due time is claimed at most this many times (continuations and retries together) */
export const MAX_ATTEMPTS = 40;

export type TickOutcome =
  | { job: string; dueAt: Date; outcome: "ran"; status: "SUCCEEDED" | "INCOMPLETE" | "FAILED"; attempts: number }
  | { job: string; dueAt: Date | null; outcome: "skipped" };

export type SchedulerOptions = {
  jobs?: readonly JobDefinition[];
  /** the clock; tests pass a controllable one */
  now?: () => Date;
  tickMs?: number;
  instanceId?: string;
};

export type Scheduler = {
  readonly instanceId: string;
  /** one pass over every job (what each timer tick does) */
  tick(): Promise<TickOutcome[]>;
  /** ticks at once (the catch-up), then every tickMs */
  start(): void;
  /** no new ticks; waits for the one in progress (its jobs are bounded by their budgets) */
  stop(): Promise<void>;
};

const iso = (d: Date) => d.toISOString();

async function claim(job: JobDefinition, dueAt: Date, now: Date, instanceId: string): Promise<{ id: string; attempts: number } | null> {
  const leaseUntil = new Date(now.getTime() + job.maxDurationSeconds * 1000 + LEASE_MARGIN_MS);
  const retryBefore = new Date(now.getTime() - RETRY_DELAY_MS);
  // timestamp(3) columns hold UTC: instants are converted explicitly, not by the session time zone
  const rows = await prisma.$queryRaw<{ id: string; attempts: number }[]>`
    INSERT INTO "JobRun" ("id", "job", "dueAt", "status", "instanceId", "attempts", "leaseUntil", "startedAt")
    VALUES (gen_random_uuid(), ${job.name}, (${iso(dueAt)}::timestamptz AT TIME ZONE 'UTC'), 'RUNNING', ${instanceId}, 1,
            (${iso(leaseUntil)}::timestamptz AT TIME ZONE 'UTC'), (${iso(now)}::timestamptz AT TIME ZONE 'UTC'))
    ON CONFLICT ("job", "dueAt") DO UPDATE
       SET "status" = 'RUNNING', "instanceId" = EXCLUDED."instanceId", "attempts" = "JobRun"."attempts" + 1,
           "leaseUntil" = EXCLUDED."leaseUntil", "startedAt" = EXCLUDED."startedAt", "finishedAt" = NULL, "error" = NULL
     WHERE "JobRun"."attempts" < ${MAX_ATTEMPTS}
       AND (("JobRun"."status" = 'RUNNING' AND "JobRun"."leaseUntil" < (${iso(now)}::timestamptz AT TIME ZONE 'UTC'))
         OR "JobRun"."status" = 'INCOMPLETE'
         OR ("JobRun"."status" = 'FAILED' AND "JobRun"."finishedAt" < (${iso(retryBefore)}::timestamptz AT TIME ZONE 'UTC')))
    RETURNING "id"::text AS "id", "attempts"`;
  return rows[0] ?? null;
}

async function finish(id: string, instanceId: string, fields: { status: "SUCCEEDED" | "INCOMPLETE" | "FAILED"; finishedAt: Date; durationMs: number; summary: object | null; error: string | null }) {
  // only while this instance still holds the lease: a takeover after an expired lease wins
  await prisma.$executeRaw`
    UPDATE "JobRun"
       SET "status" = ${fields.status}::"JobRunStatus", "finishedAt" = (${iso(fields.finishedAt)}::timestamptz AT TIME ZONE 'UTC'),
           "durationMs" = ${fields.durationMs}, "summary" = ${fields.summary === null ? null : JSON.stringify(fields.summary)}::jsonb,
           "error" = ${fields.error}
     WHERE "id" = ${id}::uuid AND "instanceId" = ${instanceId}`;
}

export function createScheduler({ jobs = JOBS, now = () => new Date(), tickMs = 30_000, instanceId = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}` }: SchedulerOptions = {}): Scheduler {
  const log = logger.child({ scheduler: instanceId });
  /** due times this instance saw succeed: skipped without asking the database again */
  const done = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> | undefined;
  let stopped = true;

  async function runOne(job: JobDefinition): Promise<TickOutcome> {
    const at = now();
    const dueAt = lastDueAt(job.schedule, at);
    if (!dueAt || done.get(job.name) === dueAt.getTime()) return { job: job.name, dueAt, outcome: "skipped" };
    const claimed = await claim(job, dueAt, at, instanceId);
    if (!claimed) return { job: job.name, dueAt, outcome: "skipped" };

    const started = performance.now();
    let status: "SUCCEEDED" | "INCOMPLETE" | "FAILED" = "SUCCEEDED";
    let summary: object | null = null;
    let error: string | null = null;
    try {
      const { incomplete, ...rest } = await job.run({ actor: systemActor("scheduler"), now: at, budgetMs: budgetFor(job) });
      summary = rest;
      if (incomplete) status = "INCOMPLETE";
    } catch (err) {
      status = "FAILED";
      // the message only (no stack, no values): job errors come from the database or storage
      error = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
    }
    const durationMs = Math.round(performance.now() - started);
    await finish(claimed.id, instanceId, { status, finishedAt: now(), durationMs, summary, error });
    if (status === "SUCCEEDED") done.set(job.name, dueAt.getTime());
    const entry = { job: job.name, dueAt: dueAt.toISOString(), attempts: claimed.attempts, durationMs, status };
    if (status === "FAILED") log.error({ ...entry, err: error }, "scheduled job failed");
    else log.info(entry, "scheduled job finished");
    return { job: job.name, dueAt, outcome: "ran", status, attempts: claimed.attempts };
  }

  async function tick(): Promise<TickOutcome[]> {
    const out: TickOutcome[] = [];
    // one job after another: each is bounded by its budget, and several instances share the work
    for (const job of jobs) {
      try {
        out.push(await runOne(job));
      } catch (err) {
        // the claim or the bookkeeping failed (database down): the next tick tries again
        log.warn({ job: job.name, err: (err as Error).message }, "scheduler tick failed");
        out.push({ job: job.name, dueAt: null, outcome: "skipped" });
      }
    }
    return out;
  }

  function loop() {
    if (stopped) return;
    inFlight = tick().finally(() => {
      inFlight = undefined;
      if (!stopped) timer = setTimeout(loop, tickMs);
    });
  }

  return {
    instanceId,
    tick,
    start() {
      if (!stopped) return;
      stopped = false;
      log.info({ jobs: jobs.map((j) => j.name), tickMs }, "scheduler started");
      loop();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
      log.info("scheduler stopped");
    },
  };
}
