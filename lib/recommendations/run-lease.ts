// The RecommendationRun row as a claim on one week: the unique `week` makes one run per week, and
// `leaseUntil` is both the liveness lease and the owner's fencing token — every write of the owner
// is conditional on the exact lease value it set last, so a caller whose lease was taken over after
// expiring can never write again. Works the same on PostgreSQL and on single-connection PGlite
// (no session state, no advisory locks: only conditional single-statement updates).
import { prisma } from "@/lib/db";
import type { RecommendationRun } from "@/lib/generated/prisma/client";
import { LEASE_MS } from "./policy";

export type RunRow = RecommendationRun;
export type Claim = { claimed: true; run: RunRow; lease: Date } | { claimed: false; run: RunRow };

export class LeaseLostError extends Error {
  constructor(week: string) {
    super(`lost the lease on the recommendation run of ${week}`);
    this.name = "LeaseLostError";
  }
}

/** The statuses of a run whose lists members may see. */
export const FINISHED_STATUSES = ["COMPLETED", "LOW_COVERAGE"] as const satisfies readonly RunRow["status"][];
export const isFinished = (run: Pick<RunRow, "status">) => (FINISHED_STATUSES as readonly string[]).includes(run.status);

export function newLease(now = Date.now()): Date {
  return new Date(now + LEASE_MS);
}

/** The next lease value: later than the previous one (it doubles as the owner's fencing token). */
export function renewLease(previous: Date): Date {
  return new Date(Math.max(Date.now() + LEASE_MS, previous.getTime() + 1));
}

/**
 * Takes the week: creates its run, or takes over one that is paused (lease released), whose owner
 * stopped renewing its lease, or that FAILED. A finished run, or one under a live lease, is left alone.
 */
export async function claimRun(week: string, triggeredBy: string, now = new Date()): Promise<Claim> {
  const lease = newLease(now.getTime());
  const created = await prisma.recommendationRun.createMany({
    data: [{ week, status: "RUNNING", leaseUntil: lease, triggeredBy, startedAt: now }],
    skipDuplicates: true,
  });
  if (created.count === 0) {
    const taken = await prisma.recommendationRun.updateMany({
      where: {
        week,
        OR: [{ status: "RUNNING", OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] }, { status: "FAILED" }],
      },
      data: { status: "RUNNING", leaseUntil: lease, error: null, finishedAt: null },
    });
    if (taken.count === 0) return { claimed: false, run: await prisma.recommendationRun.findUniqueOrThrow({ where: { week } }) };
  }
  const run = await prisma.recommendationRun.findUniqueOrThrow({ where: { week } });
  return { claimed: true, run, lease };
}

type RunTotals = Pick<
  RunRow,
  "eligibleCount" | "processedCount" | "recommendationsCount" | "fullCount" | "emptyCount" | "chunks" | "durationMs" | "coverage"
> & { stats: object };

/** Pauses a partial run: keeps it RUNNING with its cursor and frees the lease so the next call resumes at once. */
export async function releaseRun(week: string, lease: Date, totals: RunTotals): Promise<void> {
  const r = await prisma.recommendationRun.updateMany({ where: { week, status: "RUNNING", leaseUntil: lease }, data: { ...totals, leaseUntil: null } });
  if (r.count !== 1) throw new LeaseLostError(week);
}

export async function finishRun(week: string, lease: Date, status: "COMPLETED" | "LOW_COVERAGE", totals: RunTotals): Promise<void> {
  const r = await prisma.recommendationRun.updateMany({
    where: { week, status: "RUNNING", leaseUntil: lease },
    data: { ...totals, status, leaseUntil: null, finishedAt: new Date() },
  });
  if (r.count !== 1) throw new LeaseLostError(week);
}

/** Marks the run FAILED (only while this caller still owns it); a later call resumes from the cursor. */
export async function failRun(week: string, lease: Date, error: unknown): Promise<void> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  await prisma.recommendationRun.updateMany({
    where: { week, status: "RUNNING", leaseUntil: lease },
    data: { status: "FAILED", error: message.slice(0, 2000), leaseUntil: null, finishedAt: new Date() },
  });
}
