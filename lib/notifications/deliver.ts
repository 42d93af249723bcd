// The delivery job (lib/jobs/registry.ts "deliver-notifications"), an outbox in two steps:
//  1. plan: claims committed, recent, unplanned notifications (FOR UPDATE SKIP LOCKED, deliveredAt
//     set in the same statement) and writes one NotificationDelivery row per channel the member wants
//     (preferences.ts), due at once or held (quiet hours, the marketing window, the likes digest);
//  2. send: claims due rows (PENDING → SENDING, committed BEFORE the provider is called), calls the
//     adapter, stores the provider's message id (SENT), or backs off on 5xx/timeouts (PENDING again,
//     later), or records a permanent failure (FAILED) and plans the next channel (알림톡 → SMS → e-mail).
// At most once per (notification, channel): the unique row is the claim; a row left SENDING by a
// crashed run is closed as UNKNOWN_OUTCOME, never sent again (an operator can resend it).
//  0. before planning, 광고 campaigns that are due (and in the 08:00–21:00 KST window) become
//     notifications (campaigns.ts);
//  1½. 알림톡 the provider accepted but has not reported final yet are followed up (GET
//     /messages/v4/list, bounded and paced): delivered → reportedAt; refused → FAILED with the
//     provider's code and the SMS row planned, exactly once (a conditional update is the claim).
// Logs carry ids, kinds, channels and codes only.
import { prisma, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { DeliveryChannel, NotificationKind } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import { nextSeoulHour } from "@/lib/core/seoul-time";
import { recordDelivery } from "@/lib/observability/metrics";
import type { NotificationChannel, SendResult } from "./channel-types";
import { activeChannels, channelMap } from "./channels";
import { DEFAULT_SETTING, earliestSend, fallbackAfter, isNight, MORNING_HOUR, primaryChannels, stillWanted, type SettingRow } from "./preferences";
import { releaseDueCampaigns } from "./campaigns";
import { localPace, type Pacer } from "./pace";
import { renderFor } from "./render";
import { solapiReports } from "./solapi";
import { KIND_SPECS } from "./templates";

/** only recent rows are planned: a channel switched on later does not flood members with old news */
const DELIVERY_WINDOW_MS = 24 * 60 * 60 * 1000;
export const MAX_ATTEMPTS = 10;
/** a row SENDING longer than this belongs to a run that died: its outcome is unknown */
const STALE_SENDING_MS = 10 * 60 * 1000;
const DAY_MS = 86_400_000;

/** 1, 2, 4 … minutes, at most an hour: an outage of hours delays messages, it does not lose them */
export const backoffMs = (attempts: number) => Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);

const SETTING_SELECT = { userId: true, channels: true, quietHours: true, emailVerifiedAt: true, marketingConsentAt: true, marketingWithdrawnAt: true } as const;

/** `db`: the plan's transaction (embedded PGlite has one connection: a query beside it would wait forever) */
async function settingsOf(db: Tx, userIds: string[]): Promise<Map<string, SettingRow>> {
  const rows = await db.notificationSetting.findMany({ where: { userId: { in: userIds } }, select: SETTING_SELECT });
  return new Map(rows.map((r) => [r.userId, r]));
}

async function plan({ now, limit, active }: { now: Date; limit: number; active: ReadonlySet<DeliveryChannel> }) {
  const at = now.toISOString();
  const since = new Date(now.getTime() - DELIVERY_WINDOW_MS).toISOString();
  return prisma.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; userId: string; kind: NotificationKind }[]>`
        UPDATE "Notification" SET "deliveredAt" = (${at}::timestamptz AT TIME ZONE 'UTC')
         WHERE "id" IN (SELECT "id" FROM "Notification"
                         WHERE "deliveredAt" IS NULL AND "createdAt" > (${since}::timestamptz AT TIME ZONE 'UTC')
                         ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
     RETURNING "id"::text AS "id", "userId"::text AS "userId", "kind"::text AS "kind"`;
      if (rows.length === 0) return { claimed: 0, planned: 0 };
      const userIds = [...new Set(rows.map((r) => r.userId))];
      const settings = await settingsOf(tx, userIds);
      // banned, withdrawn or deleted members get nothing outside the app
      const reachable = new Set((await tx.user.findMany({ where: { id: { in: userIds }, status: { notIn: ["BANNED", "WITHDRAWN"] }, deletedAt: null }, select: { id: true } })).map((u) => u.id));
      let planned = 0;
      for (const r of rows) {
        if (!reachable.has(r.userId)) continue;
        const setting = settings.get(r.userId) ?? DEFAULT_SETTING;
        const channels = primaryChannels(r.kind, setting, active);
        if (channels.length === 0) continue;
        const due = earliestSend(r.kind, setting, now);
        if (r.kind === "LIKE_RECEIVED") {
          // the likes digest: at most one external message per member and Seoul day
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`like-digest:${r.userId}`}, 0))`;
          const dayEnd = nextSeoulHour(new Date(due.getTime() + 1), 0);
          // the day of a row: when it was sent, else when it is due (a sent 알림톡's nextAttemptAt moves on
          // with its report checks, so it does not say its day any more)
          const dayStart = new Date(dayEnd.getTime() - DAY_MS);
          const already = await tx.notificationDelivery.count({
            where: {
              userId: r.userId,
              notification: { kind: "LIKE_RECEIVED" },
              OR: [{ sentAt: { gte: dayStart, lt: dayEnd } }, { sentAt: null, nextAttemptAt: { gte: dayStart, lt: dayEnd } }],
            },
          });
          if (already > 0) continue;
        }
        const { count } = await tx.notificationDelivery.createMany({
          data: channels.map((channel) => ({ notificationId: r.id, userId: r.userId, channel, nextAttemptAt: due })),
          skipDuplicates: true,
        });
        planned += count;
      }
      return { claimed: rows.length, planned };
    },
    { timeout: 30_000 },
  );
}

// toward each provider at most NOTIFICATION_RATE_PER_SECOND calls per second (all instances
// together when Redis is configured: pace.ts); 알림톡 and SMS are one provider (Solapi)
const PROVIDER: Record<DeliveryChannel, string> = { ALIMTALK: "solapi", SMS: "solapi", EMAIL: "smtp", LOG: "log" };

/** the first look at a 알림톡's delivery report, then 1, 2, 4 … minutes, at most an hour */
export const REPORT_FIRST_CHECK_MS = 30_000;
export const MAX_REPORT_CHECKS = 12;
/** reports older than this are not asked for any more (Solapi keeps the final state well within it) */
const REPORT_WINDOW_MS = 3 * DAY_MS;
const REPORT_BATCH = 100;

type Claimed = { id: string; notificationId: string; userId: string; channel: DeliveryChannel; attempts: number };

async function claimDue(now: Date, active: DeliveryChannel[], limit: number): Promise<Claimed[]> {
  const at = now.toISOString();
  return prisma.$queryRaw<Claimed[]>`
    UPDATE "NotificationDelivery" SET "status" = 'SENDING', "attempts" = "attempts" + 1, "updatedAt" = (${at}::timestamptz AT TIME ZONE 'UTC')
     WHERE "id" IN (SELECT "id" FROM "NotificationDelivery"
                     WHERE "status" = 'PENDING' AND "nextAttemptAt" <= (${at}::timestamptz AT TIME ZONE 'UTC')
                       AND "channel"::text = ANY(${active}::text[])
                     ORDER BY "nextAttemptAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
 RETURNING "id"::text AS "id", "notificationId"::text AS "notificationId", "userId"::text AS "userId", "channel"::text AS "channel", "attempts"`;
}

const finish = (id: string, data: { status: "PENDING" | "SENT" | "FAILED"; nextAttemptAt?: Date; providerMessageId?: string | null; failureCode?: string | null; sentAt?: Date; attempts?: { decrement: number }; reportedAt?: Date | null; reportChecks?: number }) =>
  prisma.notificationDelivery.update({ where: { id }, data, select: { id: true } });

/** After a permanent failure on `failed`: the next channel of the chain (알림톡 → SMS → e-mail) not yet used gets its row, due now. */
async function planFallback(n: { id: string; kind: NotificationKind }, userId: string, setting: SettingRow, active: ReadonlySet<DeliveryChannel>, failed: DeliveryChannel, now: Date) {
  const used = new Set((await prisma.notificationDelivery.findMany({ where: { notificationId: n.id }, select: { channel: true } })).map((x) => x.channel));
  const next = fallbackAfter(n.kind, setting, active, failed, used);
  if (next) await prisma.notificationDelivery.createMany({ data: [{ notificationId: n.id, userId, channel: next, nextAttemptAt: now }], skipDuplicates: true });
}

/**
 * 알림톡 or SMS accepted but not reported final (a wrong or unused number is often known only then): claimed (nextAttemptAt moved on, checks counted, SKIP
 * LOCKED so two runs never ask twice), asked for in batches through the provider's pace, and closed.
 */
export async function followReports({ now, active, limit, pace = localPace }: { now: Date; active: ReadonlySet<DeliveryChannel>; limit: number; pace?: Pacer }) {
  const out = { checked: 0, delivered: 0, failed: 0 };
  if (!active.has("ALIMTALK") && !active.has("SMS")) return out;
  const at = now.toISOString();
  const since = new Date(now.getTime() - REPORT_WINDOW_MS).toISOString();
  const rows = await prisma.$queryRaw<{ id: string; notificationId: string; userId: string; channel: "ALIMTALK" | "SMS"; providerMessageId: string; reportChecks: number }[]>`
    UPDATE "NotificationDelivery" SET "reportChecks" = "reportChecks" + 1,
           "nextAttemptAt" = (${at}::timestamptz AT TIME ZONE 'UTC') + LEAST(interval '1 minute' * power(2, "reportChecks"), interval '1 hour')
     WHERE "id" IN (SELECT "id" FROM "NotificationDelivery"
                     WHERE "status" = 'SENT' AND "channel" IN ('ALIMTALK', 'SMS') AND "reportedAt" IS NULL AND "providerMessageId" IS NOT NULL
                       AND "reportChecks" < ${MAX_REPORT_CHECKS} AND "nextAttemptAt" <= (${at}::timestamptz AT TIME ZONE 'UTC')
                       AND "sentAt" > (${since}::timestamptz AT TIME ZONE 'UTC')
                     ORDER BY "nextAttemptAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
 RETURNING "id"::text AS "id", "notificationId"::text AS "notificationId", "userId"::text AS "userId", "channel"::text AS "channel", "providerMessageId", "reportChecks"`;
  for (let i = 0; i < rows.length; i += REPORT_BATCH) {
    const batch = rows.slice(i, i + REPORT_BATCH);
    const answer = await pace.run(PROVIDER.ALIMTALK, () => solapiReports(batch.map((r) => r.providerMessageId)));
    if (!answer.ok) {
      logger.warn({ code: answer.code, deliveries: batch.length }, "solapi delivery reports unavailable; asked again later");
      continue;
    }
    out.checked += batch.length;
    for (const r of batch) {
      const report = answer.reports.get(r.providerMessageId);
      if (!report || report.state === "pending") {
        if (r.reportChecks >= MAX_REPORT_CHECKS) await prisma.notificationDelivery.updateMany({ where: { id: r.id, reportedAt: null }, data: { failureCode: "NO_REPORT" } });
        continue;
      }
      if (report.state === "delivered") {
        await prisma.notificationDelivery.updateMany({ where: { id: r.id, status: "SENT", reportedAt: null }, data: { reportedAt: now } });
        out.delivered++;
        continue;
      }
      const code = `SOLAPI_${report.code}`.slice(0, 100);
      // the conditional update is the claim: the refusal is recorded, and the fallback planned, once
      const { count } = await prisma.notificationDelivery.updateMany({ where: { id: r.id, status: "SENT", reportedAt: null }, data: { status: "FAILED", failureCode: code, reportedAt: now } });
      if (count !== 1) continue;
      out.failed++;
      const name = r.channel === "SMS" ? "sms" : "alimtalk";
      recordDelivery(name, "failed");
      logger.warn({ deliveryId: r.id, notificationId: r.notificationId, channel: name, code }, "message reported undelivered after acceptance");
      const [n, settingRow] = await Promise.all([
        prisma.notification.findUnique({ where: { id: r.notificationId }, select: { id: true, kind: true } }),
        prisma.notificationSetting.findUnique({ where: { userId: r.userId }, select: SETTING_SELECT }),
      ]);
      // 알림톡 → SMS (after an SMS the chain has nothing left: a chosen e-mail went out beside it)
      if (n) await planFallback(n, r.userId, settingRow ?? DEFAULT_SETTING, active, r.channel, now);
    }
  }
  return out;
}

async function sendOne(d: Claimed, now: Date, byChannel: Map<DeliveryChannel, NotificationChannel>, active: ReadonlySet<DeliveryChannel>, pace: Pacer) {
  const n = await prisma.notification.findUnique({ where: { id: d.notificationId }, select: { id: true, kind: true, payload: true, createdAt: true } });
  if (!n) return void (await prisma.notificationDelivery.deleteMany({ where: { id: d.id } }));
  const [settingRow, profile] = await Promise.all([
    prisma.notificationSetting.findUnique({ where: { userId: d.userId }, select: SETTING_SELECT }),
    prisma.profile.findUnique({ where: { userId: d.userId }, select: { nickname: true } }),
  ]);
  const setting = settingRow ?? DEFAULT_SETTING;
  const blocked = stillWanted(n.kind, setting, d.channel, active);
  if (blocked) {
    await finish(d.id, { status: "FAILED", failureCode: blocked });
    return "skipped" as const;
  }
  if (KIND_SPECS[n.kind].category === "MARKETING" && isNight(now)) {
    // a retried 광고 never slips into the night: back to the morning, the attempt not counted
    await finish(d.id, { status: "PENDING", nextAttemptAt: nextSeoulHour(now, MORNING_HOUR), attempts: { decrement: 1 } });
    return "held" as const;
  }
  const rendered = await renderFor(n.kind, n.payload, profile?.nickname ?? "회원");
  const channel = byChannel.get(d.channel)!;
  let result: SendResult;
  try {
    result = await pace.run(PROVIDER[d.channel], () => channel.send({ id: n.id, deliveryId: d.id, userId: d.userId, kind: n.kind, createdAt: n.createdAt, rendered, url: new URL(rendered.href, env.APP_URL).toString() }));
  } catch (err) {
    result = { status: "retry", code: (err as Error).name || "ERROR" };
  }
  if (result.status === "sent") {
    // a 알림톡 or an SMS is only accepted: its delivery report is followed (followReports), first after REPORT_FIRST_CHECK_MS
    const followed = (d.channel === "ALIMTALK" || d.channel === "SMS") && !!result.providerMessageId;
    await finish(d.id, { status: "SENT", providerMessageId: result.providerMessageId, failureCode: null, sentAt: new Date(), reportedAt: null, ...(followed ? { nextAttemptAt: new Date(now.getTime() + REPORT_FIRST_CHECK_MS), reportChecks: 0 } : {}) });
    recordDelivery(channel.name, "sent");
    return "sent" as const;
  }
  if (result.status === "retry" && d.attempts < MAX_ATTEMPTS) {
    await finish(d.id, { status: "PENDING", failureCode: result.code, nextAttemptAt: new Date(now.getTime() + backoffMs(d.attempts)) });
    recordDelivery(channel.name, "retried");
    logger.warn({ deliveryId: d.id, notificationId: n.id, channel: channel.name, code: result.code, attempts: d.attempts }, "notification delivery will be retried");
    return "retried" as const;
  }
  const code = result.status === "retry" ? `RETRIES_EXHAUSTED:${result.code}` : result.code;
  await finish(d.id, { status: "FAILED", failureCode: code.slice(0, 100) });
  recordDelivery(channel.name, "failed");
  logger.warn({ deliveryId: d.id, notificationId: n.id, channel: channel.name, code }, "notification delivery failed");
  await planFallback(n, d.userId, setting, active, d.channel, now);
  return "failed" as const;
}

export type DeliverySummary = {
  claimed: number;
  planned: number;
  sent: number;
  failed: number;
  retried: number;
  skipped: number;
  channels: number;
  incomplete: boolean;
  /** 광고 campaigns that went out in this run (their notifications created) */
  campaigns: number;
  /** 알림톡 delivery reports read, and how many of them were refusals */
  reportsChecked: number;
  reportsFailed: number;
};

/** `pace`: toward each provider (the job registry hands in the one shared through Redis: lib/jobs/provider-pace.ts) */
export async function deliverNotifications({ now = new Date(), limit = 500, channels = activeChannels(), budgetMs = 50_000, pace = localPace }: { now?: Date; limit?: number; channels?: NotificationChannel[]; budgetMs?: number; pace?: Pacer } = {}): Promise<DeliverySummary> {
  const out: DeliverySummary = { claimed: 0, planned: 0, sent: 0, failed: 0, retried: 0, skipped: 0, channels: channels.length, incomplete: false, campaigns: 0, reportsChecked: 0, reportsFailed: 0 };
  if (channels.length === 0) return out;
  const started = Date.now();
  const byChannel = channelMap(channels);
  const active = new Set(byChannel.keys());
  out.campaigns = await releaseDueCampaigns(now);
  Object.assign(out, await plan({ now, limit, active }));
  const reports = await followReports({ now, active, limit, pace });
  out.reportsChecked = reports.checked;
  out.reportsFailed = reports.failed;
  await prisma.notificationDelivery.updateMany({
    where: { status: "SENDING", updatedAt: { lt: new Date(now.getTime() - STALE_SENDING_MS) } },
    data: { status: "FAILED", failureCode: "UNKNOWN_OUTCOME" },
  });
  // fallbacks planned during a pass are due at once: a few passes send them in the same run
  for (let pass = 0; pass < 4; pass++) {
    const due = await claimDue(now, [...active], limit);
    if (due.length === 0) break;
    for (const d of due) {
      const r = await sendOne(d, now, byChannel, active, pace);
      if (r === "sent") out.sent++;
      else if (r === "failed") out.failed++;
      else if (r === "retried") out.retried++;
      else if (r === "skipped") out.skipped++;
    }
    if (Date.now() - started > budgetMs) {
      out.incomplete = true;
      break;
    }
  }
  return out;
}
