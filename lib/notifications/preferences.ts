// A member's notification settings as rules (pure): which channels a kind goes to, in which order
// they stand in for each other, and the earliest moment it may arrive.
//   - channels per KIND: KAKAO = 알림톡, SMS when 알림톡 cannot be delivered (광고: SMS only, 알림톡
//     may not carry ads) · EMAIL = the verified address. Service notices (match, payment, refund,
//     consultations…: REQUIRED_KINDS) always keep one; likes, weekly recommendations and the rest can
//     be switched off. Stored as { KIND: [...] } in NotificationSetting.channels; a kind without its
//     own key takes its category's key (how settings were stored before, per category), else KAKAO.
//   - MARKETING only with the member's own consent in force (given after any withdrawal), and never
//     21:00–08:00 KST (정보통신망법 제50조: 야간 광고 전송은 별도 동의가 필요해 보내지 않아요).
//   - quiet hours (default on): non-urgent kinds found at night wait until 08:00 KST.
import type { DeliveryChannel, NotificationKind } from "@/lib/generated/prisma/enums";
import { nextSeoulHour, seoulHour } from "@/lib/core/seoul-time";
import { NOTIFICATION_KINDS } from "./schemas";
import { KIND_SPECS } from "./templates";

export const MEMBER_CHANNELS = ["KAKAO", "EMAIL"] as const;
export type MemberChannel = (typeof MEMBER_CHANNELS)[number];
export type ChannelChoices = Record<NotificationKind, MemberChannel[]>;

/** every kind, KAKAO */
export const DEFAULT_CHOICES = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, ["KAKAO"]])) as unknown as ChannelChoices;
/**
 * kinds a member cannot switch off entirely: the service notices (match, payment, refund, identity,
 * consultations, answers to their inquiries) — every SERVICE kind but the after-meeting feedback request
 */
export const REQUIRED_KINDS: readonly NotificationKind[] = NOTIFICATION_KINDS.filter((k) => KIND_SPECS[k].category === "SERVICE" && k !== "FEEDBACK_REQUEST" && !KIND_SPECS[k].staff);
export const isRequiredKind = (kind: NotificationKind) => REQUIRED_KINDS.includes(kind);

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

/** the stored JSON per kind: the kind's own key, else its category's (stored before per-kind settings), else KAKAO */
export function parseChoices(json: unknown): ChannelChoices {
  const out = { ...DEFAULT_CHOICES };
  const obj = json && typeof json === "object" ? (json as Record<string, unknown>) : {};
  for (const k of NOTIFICATION_KINDS) {
    const v = Array.isArray(obj[k]) ? obj[k] : obj[KIND_SPECS[k].category];
    if (Array.isArray(v)) out[k] = MEMBER_CHANNELS.filter((m) => v.includes(m));
    // a required kind never ends up with nothing (a hand-edited or old row): KAKAO, as by default
    if (out[k].length === 0 && isRequiredKind(k)) out[k] = ["KAKAO"];
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
  const chosen = parseChoices(setting.channels)[kind];
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
