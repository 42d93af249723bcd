// The shape of a scheduled job, shared by the registry, the cron route and the in-process scheduler
// (kept apart from registry.ts so job modules can import the types without importing every job).
import type { SystemActor } from "@/lib/core/actor";

/** A JSON-serialisable summary of one run: counts, the week built… never PII. */
export type JobSummary = { [key: string]: unknown; incomplete?: boolean };

export type JobContext = {
  /** systemActor("cron") from the Vercel Cron route, systemActor("scheduler") from the in-process scheduler */
  actor: SystemActor;
  /** the instant the run is for (the due time's clock; tests pass a fixed one) */
  now: Date;
  /** wall-clock time the run may spend before it must stop and return `incomplete: true` */
  budgetMs: number;
};

export type JobDefinition = {
  /** kebab-case; also the path segment of GET /api/cron/{job} */
  name: string;
  /** one line, Korean, for the OpenAPI document and operators */
  summary: string;
  /** 5-field cron expression, evaluated in UTC (Vercel Cron's time zone) */
  schedule: string;
  /** the longest one invocation may take; the cron route's maxDuration must cover it */
  maxDurationSeconds: number;
  /**
   * Does the work. Must be idempotent (a due time can be retried after a crash) and bounded by
   * budgetMs. Return `incomplete: true` when work remains: the caller invokes the job again soon.
   */
  run: (ctx: JobContext) => Promise<JobSummary>;
};

/** Time left for the work itself: the invocation's limit minus room for the response and bookkeeping. */
export const budgetFor = (job: Pick<JobDefinition, "maxDurationSeconds">): number =>
  Math.max(1_000, job.maxDurationSeconds * 1000 - Math.min(15_000, job.maxDurationSeconds * 250));
