// A member's first list, right after they complete profile and preferences.
//
// Deferred, not synchronous: the top-up loads the week's whole pool (the same pool as the weekly
// build: ~1.4 s at 10,000 members, ~11 s at 100,000 — docs/benchmarks.md), far too slow to hold a
// "save" response for. The save schedules it with the operation's `defer` (Next's `after`: runs
// once the response is sent) and /recommendations shows "고르고 있어요" and refreshes until it lands,
// well within a minute. Requests arriving while a top-up runs are batched into the next one (one
// pool load for all of them). The page also re-requests it (cheap precheck first), so a top-up lost
// with a crashed instance is redone by the member's next visit. Before this week's build (Monday
// morning) the list members see is the previous week's (./list-week), so that week is topped up.
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { approvedPhotoSql, matchableMemberSql } from "@/lib/core/visibility";
import { logger } from "@/lib/logger";
import { isFinished } from "./run-lease";
import { topUpRecommendations } from "./top-up";
import { listWeek } from "./list-week";

export type FirstListState =
  /** profile or preferences missing, or not an active member */
  | "INCOMPLETE"
  /** everything else is ready, but no photo is approved yet (docs/photos.md): the list follows the approval */
  | "NEEDS_PHOTO"
  /** neither this week nor the previous one has been built (a new installation): the weekly build brings the first list */
  | "WAITING_FOR_WEEK"
  /** eligible, no list yet: a top-up is (or is about to be) running */
  | "PREPARING"
  | "HAS_LIST";

/** a top-up finishes well within this; later, an empty list means no candidate was found */
export const FIRST_LIST_WINDOW_MS = 2 * 60_000;

export async function firstListState(userId: string, now = new Date()): Promise<{ state: FirstListState; since: Date | null }> {
  const week = await listWeek(now);
  const [[user], recs, run] = await Promise.all([
    prisma.$queryRaw<{ matchable: boolean; photo: boolean; onboardedAt: Date | null; profileAt: Date | null; preferenceAt: Date | null }[]>`
      SELECT ${Prisma.raw(matchableMemberSql("u"))} AS matchable, ${Prisma.raw(approvedPhotoSql("u"))} AS photo,
             u."onboardedAt", p."updatedAt" AS "profileAt", f."updatedAt" AS "preferenceAt"
        FROM "User" u LEFT JOIN "Profile" p ON p."userId" = u.id LEFT JOIN "Preference" f ON f."userId" = u.id
       WHERE u.id = ${userId}::uuid`,
    prisma.recommendation.count({ where: { userId, batchWeek: week } }),
    prisma.recommendationRun.findUnique({ where: { week }, select: { status: true } }),
  ]);
  if (recs > 0) return { state: "HAS_LIST", since: null };
  if (!user?.matchable || !user.onboardedAt || !user.profileAt || !user.preferenceAt) return { state: "INCOMPLETE", since: null };
  if (!user.photo) return { state: "NEEDS_PHOTO", since: null };
  if (!run || !isFinished(run)) return { state: "WAITING_FOR_WEEK", since: null };
  const since = new Date(Math.max(user.profileAt.getTime(), user.preferenceAt.getTime(), user.onboardedAt.getTime()));
  return { state: "PREPARING", since };
}

const pending = new Set<string>();
let draining: Promise<void> | null = null;

async function drain(): Promise<void> {
  while (pending.size > 0) {
    const userIds = [...pending];
    pending.clear();
    try {
      await topUpRecommendations({ week: await listWeek(), userIds });
    } catch (err) {
      logger.warn({ err: (err as Error).message, members: userIds.length }, "first-list top-up failed");
    }
  }
}

/**
 * Gives the member their first list of this week if they are ready for one and have none (no-op
 * otherwise: the precheck is one small query). Resolves when the top-up that includes them is done.
 */
export async function requestFirstList(userId: string): Promise<void> {
  const task = (async () => {
    const { state } = await firstListState(userId);
    if (state !== "PREPARING") return;
    pending.add(userId);
    // a request added while a drain runs is picked up by its next round
    await startDrain();
  })().catch((err: unknown) => logger.warn({ err: (err as Error).message }, "first-list request failed"));
  inFlight.add(task);
  void task.finally(() => inFlight.delete(task));
  return task;
}

const inFlight = new Set<Promise<void>>();

/** Resolves once every first-list request made so far has finished (scripts and tests). */
export async function firstListsSettled(): Promise<void> {
  while (inFlight.size > 0 || draining) await Promise.all([...inFlight, draining]);
}

/**
 * After a save: hands the request to the operation's `defer` (after the response). Outside a request
 * scope (scripts, tests calling handlers directly) `defer` throws: then it runs in the background.
 */
export function scheduleFirstList(defer: (task: () => Promise<unknown>) => void, userId: string): void {
  try {
    defer(() => requestFirstList(userId));
  } catch {
    void requestFirstList(userId);
  }
}

function startDrain(): Promise<void> {
  draining ??= drain().finally(() => {
    draining = null;
    // added after the last round's check but before this callback: start another round
    if (pending.size > 0) void startDrain();
  });
  return draining;
}
