// zod schemas and DTOs of the member's notification settings (/me/notifications, /api/me/notification-settings).
import { z } from "zod";
import { strictObject } from "@/lib/core/parse";
import { MEMBER_CHANNELS, REQUIRED_KINDS } from "./preferences";
import { NOTIFICATION_KINDS } from "./schemas";
import { KIND_SPECS, NOTIFICATION_CATEGORIES } from "./templates";

const zChannels = z.array(z.enum(MEMBER_CHANNELS, { error: "알림 채널은 KAKAO 또는 EMAIL이에요." })).max(2).transform((v) => [...new Set(v)]);
const zKind = z.enum(NOTIFICATION_KINDS);

export const ZNotificationSettings = z.object({
  /** the kinds grouped under their category (the page's headings), each with its channels */
  categories: z.array(
    z.object({
      category: z.enum(NOTIFICATION_CATEGORIES),
      kinds: z.array(z.object({ kind: zKind, channels: z.array(z.enum(MEMBER_CHANNELS)), required: z.boolean() })),
    }),
  ),
  quietHours: z.boolean(),
  /** the member's own address, masked ("ab***@example.com"); null = none given */
  email: z.object({ masked: z.string().nullable(), verified: z.boolean(), pending: z.boolean() }),
  marketing: z.object({ consented: z.boolean(), consentAt: z.string().nullable(), withdrawnAt: z.string().nullable() }),
  /** false: 알림톡/SMS cannot reach the member (no phone number on file) */
  hasPhone: z.boolean(),
});
export type NotificationSettingsDto = z.infer<typeof ZNotificationSettings>;

export const REQUIRED_KIND_MESSAGE = "매칭·결제·환불 같은 서비스 알림은 한 가지 이상의 방법으로 받아야 해요.";

export const ZUpdateNotificationSettings = strictObject({
  /**
   * per kind (e.g. LIKE_RECEIVED: []) which channels; a category key (SERVICE, LIKES, WEEKLY, PHOTO,
   * MARKETING) sets all its kinds at once, a kind's own key wins over it; kinds not named keep theirs
   */
  channels: z.partialRecord(z.enum([...NOTIFICATION_KINDS, ...NOTIFICATION_CATEGORIES], { error: "알 수 없는 알림 종류예요." }), zChannels),
  quietHours: z.boolean({ error: "야간 알림 설정을 골라 주세요." }),
  /** 광고성 정보 수신 동의: true gives (or keeps) it, false withdraws it */
  marketingConsent: z.boolean({ error: "광고성 정보 수신 동의 여부를 골라 주세요." }),
}).superRefine((v, ctx) => {
  for (const kind of REQUIRED_KINDS) {
    const own = v.channels[kind];
    const category = KIND_SPECS[kind].category;
    if (own?.length === 0) ctx.addIssue({ code: "custom", message: REQUIRED_KIND_MESSAGE, path: ["channels", kind] });
    else if (!own && v.channels[category]?.length === 0) ctx.addIssue({ code: "custom", message: REQUIRED_KIND_MESSAGE, path: ["channels", category] });
  }
});
export type UpdateNotificationSettings = z.infer<typeof ZUpdateNotificationSettings>;

export const ZSetNotificationEmail = strictObject({
  /** "" removes the address */
  email: z.union([z.literal(""), z.email("이메일 주소 형식이 올바르지 않아요.").max(254, "이메일 주소가 너무 길어요.")]),
});
export const ZSetNotificationEmailResult = z.object({ sent: z.boolean(), settings: ZNotificationSettings });

export const ZVerifyNotificationEmail = strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{32,64}$/, "인증 링크가 올바르지 않아요. 메일의 링크를 다시 눌러 주세요.") });
export const ZVerifyNotificationEmailResult = z.object({ verified: z.boolean(), settings: ZNotificationSettings });
