// A member's notification settings as rules (pure): which channels a kind goes to, in which order
// they stand in for each other, and the earliest moment it may arrive.
//   - channels per category (templates.ts): KAKAO = 알림톡, SMS when 알림톡 cannot be delivered (광고:
//     SMS only, 알림톡 may not carry ads) · EMAIL = the verified address. SERVICE always keeps one.
//   - MARKETING only with the member's own consent in force (given after any withdrawal), and never
//     21:00–08:00 KST (정보통신망법 제50조: 야간 광고 전송은 별도 동의가 필요해 보내지 않아요).
//   - quiet hours (default on): non-urgent kinds found at night wait until 08:00 KST.
import type { DeliveryChannel, NotificationKind } from "@/lib/generated/prisma/enums";
import { nextSeoulHour, seoulHour } from "@/lib/core/seoul-time";
import { KIND_SPECS, NOTIFICATION_CATEGORIES, type NotificationCategory } from "./templates";

export const MEMBER_CHANNELS = ["KAKAO", "EMAIL"] as const;
export type MemberChannel = (typeof MEMBER_CHANNELS)[number];
export type ChannelChoices = Record<NotificationCategory, MemberChannel[]>;

export const DEFAULT_CHOICES: ChannelChoices = { SERVICE: ["KAKAO"], LIKES: ["KAKAO"], WEEKLY: ["KAKAO"], PHOTO: ["KAKAO"], MARKETING: ["KAKAO"] };
/** categories a member cannot switch off entirely: match, payment and refund news */
export const REQUIRED_CATEGORIES: readonly NotificationCategory[] = ["SERVICE"];

export const NIGHT_START_HOUR = 21;
export const MORNING_HOUR = 8;

export type SettingRow = {
  channels: unknown;
  quietHours: boolean;
  emailVerifiedAt: Date | null;
  marketingConsentAt: Date | null;
  marketingWithdrawnAt: Date | null;
};

export const DEFAULT_SETTING: SettingRow = { channels: {}, quietHours: true, emailVerifiedAt: null, marketingConsentAt: null, marketingWithdrawnAt: null };

/** the stored JSON with defaults for missing or malformed categories */
export function parseChoices(json: unknown): ChannelChoices {
  const out = { ...DEFAULT_CHOICES };
  const obj = json && typeof json === "object" ? (json as Record<string, unknown>) : {};
  for (const c of NOTIFICATION_CATEGORIES) {
    const v = obj[c];
    if (Array.isArray(v)) out[c] = MEMBER_CHANNELS.filter((m) => v.includes(m));
  }
  return out;
}

export const hasMarketingConsent = (s: Pick<SettingRow, "marketingConsentAt" | "marketingWithdrawnAt">) =>
  !!s.marketingConsentAt && (!s.marketingWithdrawnAt || s.marketingWithdrawnAt < s.marketingConsentAt);

/**
 * The channels this kind may reach the member on, in stand-in order (알림톡 → SMS → e-mail), limited
 * to the active ones. Empty: in-app only.
 */
export function channelChain(kind: NotificationKind, setting: SettingRow, active: ReadonlySet<DeliveryChannel>): DeliveryChannel[] {
  const spec = KIND_SPECS[kind];
  if (spec.category === "MARKETING" && !hasMarketingConsent(setting)) return [];
  const chosen = parseChoices(setting.channels)[spec.category];
  const chain: DeliveryChannel[] = [];
  if (chosen.includes("KAKAO")) {
    if (spec.alimtalk && active.has("ALIMTALK")) chain.push("ALIMTALK");
    if (active.has("SMS")) chain.push("SMS");
  }
  if (chosen.includes("EMAIL") && setting.emailVerifiedAt && active.has("EMAIL")) chain.push("EMAIL");
  return chain;
}

/** The channels to send on first: the head of the Kakao part and the e-mail (a member may choose both); plus the dev log. */
export function primaryChannels(kind: NotificationKind, setting: SettingRow, active: ReadonlySet<DeliveryChannel>): DeliveryChannel[] {
  const chain = channelChain(kind, setting, active);
  const kakao = chain.find((c) => c === "ALIMTALK" || c === "SMS");
  const out: DeliveryChannel[] = [...(kakao ? [kakao] : []), ...(chain.includes("EMAIL") ? (["EMAIL"] as const) : [])];
  if (active.has("LOG") && (KIND_SPECS[kind].category !== "MARKETING" || hasMarketingConsent(setting))) out.push("LOG");
  return out;
}

/** The stand-in after `failed` (알림톡 → SMS → e-mail) not yet used, or null. */
export function fallbackAfter(kind: NotificationKind, setting: SettingRow, active: ReadonlySet<DeliveryChannel>, failed: DeliveryChannel, used: ReadonlySet<DeliveryChannel>): DeliveryChannel | null {
  const chain = channelChain(kind, setting, active);
  const i = chain.indexOf(failed);
  if (i < 0) return null;
  return chain.slice(i + 1).find((c) => !used.has(c)) ?? null;
}

const isNight = (at: Date) => {
  const h = seoulHour(at);
  return h >= NIGHT_START_HOUR || h < MORNING_HOUR;
};

/** The earliest moment the kind may arrive: now, or 08:00 KST for marketing / quiet hours at night. */
export function earliestSend(kind: NotificationKind, setting: Pick<SettingRow, "quietHours">, now: Date): Date {
  const spec = KIND_SPECS[kind];
  if (!isNight(now)) return now;
  if (spec.category === "MARKETING" || (setting.quietHours && !spec.urgent)) return nextSeoulHour(now, MORNING_HOUR);
  return now;
}

/** At send time: still wanted on this channel? (settings may have changed while it waited) */
export function stillWanted(kind: NotificationKind, setting: SettingRow, channel: DeliveryChannel, active: ReadonlySet<DeliveryChannel>): string | null {
  if (channel === "LOG") return null;
  if (KIND_SPECS[kind].category === "MARKETING" && !hasMarketingConsent(setting)) return "CONSENT_WITHDRAWN";
  return channelChain(kind, setting, active).includes(channel) ? null : "SWITCHED_OFF";
}

export { isNight };
