// GET /api/cron/{job}: the Vercel Cron entry point of every job in the registry (vercel.json lists one
// path per job, generated from lib/jobs/registry.ts). Vercel calls it with `Authorization: Bearer
// $CRON_SECRET`; an unknown job name is a 404. A job that reports `incomplete: true` (e.g. a weekly
// build larger than one invocation) hands itself on to a fresh invocation, a bounded number of times,
// because Vercel Cron fires only at the scheduled times. Self-hosted deployments use the in-process
// scheduler (lib/jobs/scheduler.ts) instead; both call the same `run`.
import { z } from "zod";
import { systemActor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { JOB_NAMES, findJob } from "./registry";
import { budgetFor } from "./types";

/** how many times one due time's work may hand itself on to a fresh invocation */
export const MAX_CONTINUATIONS = 40;

export const ZJobRunResult = z.object({
  job: z.string(),
  /** true when work remains; the route has asked for a continuation (unless the limit was reached) */
  incomplete: z.boolean(),
  durationMs: z.number().int(),
  /** the job's own summary (counts, the week built…): never PII */
  summary: z.record(z.string(), z.unknown()),
});

export const cronJobOperation = defineOperation({
  method: "GET",
  path: "/api/cron/{job}",
  access: "cron",
  tag: "system",
  summary: "Vercel Cron: 등록된 예약 작업 실행 (작업 목록은 lib/jobs/registry.ts, 일정은 vercel.json)",
  params: z.object({ job: z.enum(JOB_NAMES) }),
  query: z.object({ continuation: z.coerce.number().int().min(0).max(MAX_CONTINUATIONS).default(0) }),
  output: ZJobRunResult,
  run: async ({ input, defer, requestId }) => {
    const job = findJob(input.job);
    if (!job) throw new Error(`job ${input.job} is declared but not found`); // unreachable: params is the enum of names
    const started = performance.now();
    const { incomplete = false, ...summary } = await job.run({ actor: systemActor("cron"), now: new Date(), budgetMs: budgetFor(job) });
    const durationMs = Math.round(performance.now() - started);
    logger.info({ requestId, job: job.name, durationMs, incomplete, continuation: input.continuation }, "cron job finished");
    const hop = input.continuation;
    if (incomplete && hop < MAX_CONTINUATIONS) {
      defer(() =>
        fetch(`${env.APP_URL}/api/cron/${job.name}?continuation=${hop + 1}`, {
          headers: { authorization: `Bearer ${env.CRON_SECRET}` },
          signal: AbortSignal.timeout(3000),
        }).catch(() => undefined),
      );
    }
    return { job: job.name, incomplete: Boolean(incomplete), durationMs, summary };
  },
});
