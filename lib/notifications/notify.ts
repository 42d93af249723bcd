// notify(): writes in-app notifications INSIDE the caller's transaction, so a notification exists
// exactly when its cause committed (roll back → no notification). External channels are handed the
// written rows only after commit (see channels.ts), never from here.
import type { Db, Tx } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export type { NotificationKind };

export type NotificationItem = {
  userId: string;
  kind: NotificationKind;
  /** ids and small facts only (matchId, week, amount…): never names, phone numbers or messages */
  payload?: Record<string, unknown>;
  /**
   * Optional idempotency key: a second item with the same (userId, kind, dedupeKey) is skipped,
   * so jobs may run twice (e.g. `match:<id>` for MATCH_EXPIRING). Omit for one-off events.
   */
  dedupeKey?: string;
};

/**
 * Inserts the notifications in one statement within `db` (pass the transaction of the write that
 * causes them). Returns how many rows were written (duplicates by dedupeKey are skipped).
 */
export async function notify(db: Tx | Db, items: NotificationItem[]): Promise<number> {
  if (items.length === 0) return 0;
  const { count } = await db.notification.createMany({
    data: items.map((i) => ({
      userId: i.userId,
      kind: i.kind,
      payload: (i.payload ?? {}) as Prisma.InputJsonObject,
      dedupeKey: i.dedupeKey ?? null,
    })),
    skipDuplicates: true,
  });
  return count;
}
