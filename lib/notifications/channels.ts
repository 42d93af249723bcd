// Notification channels. In-app is always on: notify() writes the row the centre (/notifications, the
// nav badge) reads, inside the transaction of its cause. External channels — 알림톡 (alimtalk), SMS
// (sms), e-mail (email) and the development log (log) — are listed in NOTIFICATION_CHANNELS; the
// delivery job (deliver.ts) hands them what was committed, one delivery row per notification and
// channel. The log channel logs ids and kinds, never names, phone numbers or texts.
import { env } from "@/lib/env";
import type { DeliveryChannel } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import type { NotificationChannel } from "./channel-types";
import { emailChannel } from "./email-channel";
import { alimtalkChannel, smsChannel } from "./kakao-channels";

export type { NotificationChannel, OutgoingNotification, SendResult } from "./channel-types";

/** Development: one log line per notification, ids and kind only. */
export const logChannel: NotificationChannel = {
  name: "log",
  channel: "LOG",
  async send(n) {
    logger.info({ channel: "log", notificationId: n.id, kind: n.kind, template: n.rendered.template.code }, "notification (log-only channel)");
    return { status: "sent", providerMessageId: null };
  },
};

const registry = new Map<string, NotificationChannel>([logChannel, alimtalkChannel, smsChannel, emailChannel].map((c) => [c.name, c]));

/** NOTIFICATION_CHANNELS, or the log channel in development when unset */
export function activeChannels(names: readonly string[] = env.NOTIFICATION_CHANNELS): NotificationChannel[] {
  const wanted = names.length > 0 ? names : env.APP_ENV === "development" ? ["log"] : [];
  return wanted.flatMap((name) => {
    const ch = registry.get(name);
    if (!ch) logger.warn({ channel: name }, "unknown notification channel in NOTIFICATION_CHANNELS");
    return ch ? [ch] : [];
  });
}

export const channelMap = (channels: NotificationChannel[]) => new Map<DeliveryChannel, NotificationChannel>(channels.map((c) => [c.channel, c]));
