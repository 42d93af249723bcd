// POST /api/me/notification-settings/email (give, change or remove the address for e-mail
// notifications; a new address gets a verification link by e-mail) and
// POST /api/me/notification-settings/email/verify (the link's token, 24 hours, single use, only for
// the member it was sent to). The address is stored encrypted; only its token's hash is looked up.
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/core/actor";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { encryptPii } from "@/lib/crypto/pii";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { mailBody, sendMail } from "./email-channel";
import { readNotificationSettings } from "./notification-settings";
import { isRequiredKind, parseChoices } from "./preferences";
import { NOTIFICATION_KINDS } from "./schemas";
import { ZSetNotificationEmail, ZSetNotificationEmailResult, ZVerifyNotificationEmail, ZVerifyNotificationEmailResult } from "./settings-schemas";

export const EMAIL_TOKEN_TTL_MS = 24 * 3_600_000;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** the kinds' channels without e-mail (a required kind left with nothing falls back to Kakao) */
function withoutEmail(json: unknown): Prisma.InputJsonObject {
  const choices = parseChoices(json);
  const out: Record<string, string[]> = {};
  for (const k of NOTIFICATION_KINDS) {
    out[k] = choices[k].filter((ch) => ch !== "EMAIL");
    if (out[k].length === 0 && isRequiredKind(k)) out[k] = ["KAKAO"];
  }
  return out;
}

export async function setNotificationEmail({ actor, input, now = new Date() }: { actor: Actor; input: { email: string }; now?: Date }) {
  const me = actor.userId;
  const current = await prisma.notificationSetting.findUnique({ where: { userId: me }, select: { channels: true } });
  if (input.email === "") {
    const cleared = { emailEnc: null, emailVerifiedAt: null, emailTokenHash: null, emailTokenExpiresAt: null, channels: withoutEmail(current?.channels) };
    await prisma.notificationSetting.upsert({ where: { userId: me }, create: { userId: me, ...cleared }, update: cleared, select: { userId: true } });
    return { sent: false, settings: await readNotificationSettings(me) };
  }
  const token = randomBytes(32).toString("base64url");
  const pending = {
    emailEnc: encryptPii(input.email.trim()),
    emailVerifiedAt: null,
    emailTokenHash: hashToken(token),
    emailTokenExpiresAt: new Date(now.getTime() + EMAIL_TOKEN_TTL_MS),
    channels: withoutEmail(current?.channels),
  };
  await prisma.notificationSetting.upsert({ where: { userId: me }, create: { userId: me, ...pending }, update: pending, select: { userId: true } });
  const url = new URL(`/me/notifications/verify?token=${token}`, env.APP_URL).toString();
  const body = "인연 알림을 이 주소로 받으시려면 아래 버튼을 눌러 인증해 주세요.\n링크는 24시간 동안 한 번 쓸 수 있어요. 직접 요청하지 않으셨다면 이 메일은 무시해 주세요.";
  const mail = mailBody({ title: "이메일 주소를 인증해 주세요", body, url, button: "이메일 인증하기" });
  const result = await sendMail(input.email.trim(), { subject: "[인연] 이메일 주소를 인증해 주세요", ...mail });
  if (result.status !== "sent") logger.warn({ userId: me, code: result.code }, "verification e-mail not sent");
  return { sent: result.status === "sent", settings: await readNotificationSettings(me) };
}

export async function verifyNotificationEmail({ actor, input, now = new Date() }: { actor: Actor; input: { token: string }; now?: Date }) {
  const me = actor.userId;
  const { count } = await prisma.notificationSetting.updateMany({
    where: { userId: me, emailTokenHash: hashToken(input.token), emailTokenExpiresAt: { gt: now } },
    data: { emailVerifiedAt: now, emailTokenHash: null, emailTokenExpiresAt: null },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "인증 링크가 만료되었거나 올바르지 않아요. 알림 설정에서 인증 메일을 다시 받아 주세요.");
  return { verified: true, settings: await readNotificationSettings(me) };
}

export const setNotificationEmailOperation = defineOperation({
  method: "POST",
  path: "/api/me/notification-settings/email",
  access: "member",
  tag: "notifications",
  summary: "알림 받을 이메일 주소 등록·변경(인증 메일 발송) 또는 삭제(빈 문자열)",
  body: ZSetNotificationEmail,
  output: ZSetNotificationEmailResult,
  rateLimit: { name: "notification-email", limit: 5, windowMs: 60 * 60_000, by: "actor" },
  run: setNotificationEmail,
});

export const verifyNotificationEmailOperation = defineOperation({
  method: "POST",
  path: "/api/me/notification-settings/email/verify",
  access: "member",
  tag: "notifications",
  summary: "이메일 인증 링크의 토큰 확인 (24시간, 한 번, 보낸 회원 본인만)",
  body: ZVerifyNotificationEmail,
  output: ZVerifyNotificationEmailResult,
  rateLimit: { name: "notification-email-verify", limit: 20, windowMs: 60 * 60_000, by: "actor" },
  run: verifyNotificationEmail,
});
