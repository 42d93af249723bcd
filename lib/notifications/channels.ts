// Notification channels. In-app is always on: notify() writes the row the centre (/notifications, the
// nav badge) reads, inside the transaction of its cause. External channels (Kakao 알림톡, SMS,
// e-mail) plug in here later: implement NotificationChannel, registerChannel() it, and list its name
// in NOTIFICATION_CHANNELS. The job deliverNotifications() hands them what was committed (an outbox:
// rows with deliveredAt = null), so a rolled-back cause never reaches a phone. Development uses the
// log-only channel, which logs ids and kinds, never names, phone numbers or texts with personal data.
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import { notificationText, type NotificationText } from "./texts";

export type OutgoingNotification = { id: string; userId: string; kind: NotificationKind; createdAt: Date; text: NotificationText };

export interface NotificationChannel {
  /** the name listed in NOTIFICATION_CHANNELS */
  readonly name: string;
  /** kinds worth an external message (all when omitted); the in-app row exists either way */
  readonly kinds?: readonly NotificationKind[];
  /** delivers one notification; looks up the recipient's contact itself (PII stays in that adapter) */
  send(n: OutgoingNotification): Promise<void>;
}

/** Development: one log line per notification, ids and kind only. */
export const logChannel: NotificationChannel = {
  name: "log",
  async send(n) {
    logger.info({ channel: "log", notificationId: n.id, kind: n.kind, href: n.text.href }, "notification (log-only channel)");
  },
};

const registry = new Map<string, NotificationChannel>([[logChannel.name, logChannel]]);

export function registerChannel(channel: NotificationChannel): void {
  registry.set(channel.name, channel);
}

/** NOTIFICATION_CHANNELS, or the log channel outside production when unset */
export function activeChannels(names: readonly string[] = env.NOTIFICATION_CHANNELS): NotificationChannel[] {
  const wanted = names.length > 0 ? names : env.APP_ENV === "development" ? ["log"] : [];
  return wanted.flatMap((name) => {
    const ch = registry.get(name);
    if (!ch) logger.warn({ channel: name }, "unknown notification channel in NOTIFICATION_CHANNELS");
    return ch ? [ch] : [];
  });
}

/** only recent rows are sent: a channel switched on later does not flood members with old news */
const DELIVERY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The delivery job: claims up to `limit` undelivered notifications (FOR UPDATE SKIP LOCKED, so two
 * runs never claim the same row) and hands each to every active channel. At most once: the claim is
 * committed before sending (a duplicate 알림톡 costs money and annoys; a lost one still shows in-app).
 */
export async function deliverNotifications({ now = new Date(), limit = 500, channels = activeChannels() }: { now?: Date; limit?: number; channels?: NotificationChannel[] } = {}) {
  if (channels.length === 0) return { claimed: 0, sent: 0, failed: 0, channels: 0 };
  const at = now.toISOString();
  const since = new Date(now.getTime() - DELIVERY_WINDOW_MS).toISOString();
  const rows = await prisma.$queryRaw<{ id: string; userId: string; kind: NotificationKind; payload: unknown; createdAt: Date }[]>`
    UPDATE "Notification" SET "deliveredAt" = (${at}::timestamptz AT TIME ZONE 'UTC')
     WHERE "id" IN (SELECT "id" FROM "Notification"
                     WHERE "deliveredAt" IS NULL AND "createdAt" > (${since}::timestamptz AT TIME ZONE 'UTC')
                     ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
 RETURNING "id"::text AS "id", "userId"::text AS "userId", "kind"::text AS "kind", "payload", "createdAt"`;
  let sent = 0;
  let failed = 0;
  for (const r of rows) {
    const n: OutgoingNotification = { id: r.id, userId: r.userId, kind: r.kind, createdAt: r.createdAt, text: notificationText(r.kind, r.payload) };
    for (const ch of channels) {
      if (ch.kinds && !ch.kinds.includes(n.kind)) continue;
      try {
        await ch.send(n);
        sent++;
      } catch (err) {
        failed++;
        logger.warn({ channel: ch.name, notificationId: n.id, err: (err as Error).name }, "notification channel failed");
      }
    }
  }
  return { claimed: rows.length, sent, failed, channels: channels.length };
}
