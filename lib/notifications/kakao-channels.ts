// 카카오 알림톡 and SMS/LMS through Solapi (solapi.ts). The member's phone number is decrypted here,
// used for the one request and dropped: it is never returned, logged or stored elsewhere.
// 알림톡 is sent with disableSms: Solapi's own substitution would hide which channel delivered; a
// 알림톡 the provider refuses is recorded as failed and the job sends the SMS row itself.
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { decryptPii, normalizePhone } from "@/lib/crypto/pii";
import type { NotificationChannel, OutgoingNotification, SendResult } from "./channel-types";
import { smsBytes, solapiSend, type SolapiMessage } from "./solapi";

async function phoneOf(userId: string): Promise<string | null> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { phoneEnc: true } });
  if (!user?.phoneEnc) return null;
  try {
    return normalizePhone(decryptPii(user.phoneEnc));
  } catch {
    return null;
  }
}

async function sendTo(n: OutgoingNotification, build: (to: string) => SolapiMessage): Promise<SendResult> {
  const to = await phoneOf(n.userId);
  if (!to) return { status: "failed", code: "NO_PHONE" };
  const r = await solapiSend(build(to));
  if (r.ok) return { status: "sent", providerMessageId: r.messageId };
  return r.retry ? { status: "retry", code: r.code } : { status: "failed", code: r.code };
}

export const alimtalkChannel: NotificationChannel = {
  name: "alimtalk",
  channel: "ALIMTALK",
  send: (n) =>
    sendTo(n, (to) => {
      const t = n.rendered.template;
      return {
        to,
        from: env.SMS_SENDER,
        type: "ATA",
        text: n.rendered.body,
        kakaoOptions: {
          pfId: env.KAKAO_CHANNEL_PFID,
          templateId: t.code,
          variables: Object.fromEntries(t.variables.map((v) => [`#{${v}}`, n.rendered.variables[v] ?? ""])),
          disableSms: true,
          buttons: t.button ? [{ buttonName: t.button, buttonType: "WL", linkMo: n.url, linkPc: n.url }] : undefined,
        },
        customFields: { deliveryId: n.deliveryId },
      };
    }),
};

export const smsChannel: NotificationChannel = {
  name: "sms",
  channel: "SMS",
  send: (n) =>
    sendTo(n, (to) => {
      // 광고 must begin with "(광고)" (정보통신망법 제50조; its text names the sender itself)
      const text = n.rendered.body.startsWith("(광고)") ? `${n.rendered.body}\n${n.url}` : `[인연] ${n.rendered.body}\n${n.url}`;
      return smsBytes(text) <= 90
        ? { to, from: env.SMS_SENDER, type: "SMS", text, customFields: { deliveryId: n.deliveryId } }
        : { to, from: env.SMS_SENDER, type: "LMS", subject: n.rendered.title.slice(0, 40), text, customFields: { deliveryId: n.deliveryId } };
    }),
};
