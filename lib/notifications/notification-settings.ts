// GET|PUT /api/me/notification-settings: the caller's own choices for messages outside the app
// (preferences.ts has the rules), per notification kind. Service notices keep at least one channel
// (the schema refuses none);
// e-mail can be chosen once an address is verified; the marketing consent records when it was given
// and when withdrawn (a withdrawal stops messages already waiting: the job checks again at send time).
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { decryptPiiOrNull } from "@/lib/crypto/pii";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasMarketingConsent, isRequiredKind, parseChoices, type ChannelChoices } from "./preferences";
import { NOTIFICATION_KINDS } from "./schemas";
import { ZNotificationSettings, ZUpdateNotificationSettings, type NotificationSettingsDto, type UpdateNotificationSettings } from "./settings-schemas";
import { KIND_SPECS, NOTIFICATION_CATEGORIES } from "./templates";

const SELECT = { channels: true, quietHours: true, emailEnc: true, emailVerifiedAt: true, emailTokenHash: true, marketingConsentAt: true, marketingWithdrawnAt: true } as const;

/** "abcdef@example.com" → "ab****@example.com" (the member's own address, on their own page) */
export const maskEmail = (email: string) => email.replace(/^(.{1,2})[^@]*(@.*)$/, (_, head: string, domain: string) => `${head}****${domain}`);

export async function readNotificationSettings(userId: string): Promise<NotificationSettingsDto> {
  const [s, user] = await Promise.all([
    prisma.notificationSetting.findUnique({ where: { userId }, select: SELECT }),
    prisma.user.findUnique({ where: { id: userId }, select: { phoneEnc: true } }),
  ]);
  const choices = parseChoices(s?.channels);
  const email = decryptPiiOrNull(s?.emailEnc);
  return {
    categories: NOTIFICATION_CATEGORIES.map((category) => ({
      category,
      kinds: NOTIFICATION_KINDS.filter((k) => KIND_SPECS[k].category === category && !KIND_SPECS[k].staff).map((kind) => ({ kind, channels: choices[kind], required: isRequiredKind(kind) })),
    })),
    quietHours: s?.quietHours ?? true,
    email: { masked: email ? maskEmail(email) : null, verified: !!s?.emailVerifiedAt, pending: !!s?.emailTokenHash && !s.emailVerifiedAt },
    marketing: {
      consented: s ? hasMarketingConsent(s) : false,
      consentAt: s?.marketingConsentAt?.toISOString() ?? null,
      withdrawnAt: s?.marketingWithdrawnAt?.toISOString() ?? null,
    },
    hasPhone: !!user?.phoneEnc,
  };
}

export async function getNotificationSettings({ actor }: { actor: Actor }): Promise<NotificationSettingsDto> {
  return readNotificationSettings(actor.userId);
}

export async function updateNotificationSettings({ actor, input, now = new Date() }: { actor: Actor; input: UpdateNotificationSettings; now?: Date }): Promise<NotificationSettingsDto> {
  const me = actor.userId;
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "userId" FROM "NotificationSetting" WHERE "userId" = ${me}::uuid FOR UPDATE`;
    const current = await tx.notificationSetting.findUnique({ where: { userId: me }, select: SELECT });
    const wantsEmail = Object.entries(input.channels).filter(([, v]) => v?.includes("EMAIL")).map(([k]) => k);
    if (wantsEmail.length > 0 && !current?.emailVerifiedAt) {
      throw new AppError("VALIDATION_FAILED", "이메일로 받으려면 먼저 이메일 주소를 인증해 주세요.", { fields: Object.fromEntries(wantsEmail.map((c) => [`channels.${c}`, ["이메일 주소를 먼저 인증해 주세요."]])) });
    }
    // per kind: what is stored (or read from the old per-category keys) ← a category key ← the kind's own key
    const merged: ChannelChoices = parseChoices(current?.channels);
    for (const k of NOTIFICATION_KINDS) {
      const given = input.channels[k] ?? input.channels[KIND_SPECS[k].category];
      if (given) merged[k] = given;
    }
    const consented = current ? hasMarketingConsent(current) : false;
    const marketing: Prisma.NotificationSettingUncheckedUpdateInput =
      input.marketingConsent && !consented ? { marketingConsentAt: now } : !input.marketingConsent && consented ? { marketingWithdrawnAt: now } : {};
    const data = { channels: merged as Prisma.InputJsonObject, quietHours: input.quietHours };
    await tx.notificationSetting.upsert({
      where: { userId: me },
      create: { userId: me, ...data, ...(input.marketingConsent ? { marketingConsentAt: now } : {}) },
      update: { ...data, ...marketing },
      select: { userId: true },
    });
  });
  return readNotificationSettings(me);
}

export const getNotificationSettingsOperation = defineOperation({
  method: "GET",
  path: "/api/me/notification-settings",
  access: "member",
  tag: "notifications",
  summary: "내 알림 설정 (알림 종류별 채널을 분류로 묶어서, 야간 알림, 이메일, 광고성 정보 수신 동의)",
  output: ZNotificationSettings,
  run: getNotificationSettings,
});

export const updateNotificationSettingsOperation = defineOperation({
  method: "PUT",
  path: "/api/me/notification-settings",
  access: "member",
  tag: "notifications",
  summary: "내 알림 설정 저장 (종류별 채널; 매칭·결제·환불 같은 서비스 알림은 한 가지 이상; 광고 동의·철회 일시 기록)",
  body: ZUpdateNotificationSettings,
  output: ZNotificationSettings,
  rateLimit: { name: "notification-settings", limit: 30, windowMs: 60_000, by: "actor" },
  run: updateNotificationSettings,
});
