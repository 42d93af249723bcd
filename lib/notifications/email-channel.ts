// E-mail through nodemailer over SMTP_URL: plain Korean HTML with a text part. The member's address
// is decrypted here only (notifications) and in the verification mail; never logged.
import nodemailer, { type Transporter } from "nodemailer";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { decryptPii } from "@/lib/crypto/pii";
import type { NotificationChannel, SendResult } from "./channel-types";

let cached: { url: string; transport: Transporter } | null = null;
function transport(): Transporter | null {
  if (!env.SMTP_URL) return null;
  if (cached?.url !== env.SMTP_URL) cached = { url: env.SMTP_URL, transport: nodemailer.createTransport(env.SMTP_URL) };
  return cached.transport;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The one look of every e-mail: a title, paragraphs, one button, the footer. */
export function mailBody({ title, body, url, button }: { title: string; body: string; url: string; button: string }) {
  const paragraphs = body.split("\n").map((line) => `<p style="margin:0 0 12px;line-height:1.6">${escapeHtml(line)}</p>`).join("");
  const html = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:24px;background:#fafaf9;font-family:-apple-system,'Apple SD Gothic Neo','Noto Sans KR',sans-serif;color:#1c1917">
<div style="max-width:480px;margin:0 auto;background:#fff;border-radius:12px;padding:24px">
<h1 style="font-size:18px;margin:0 0 16px">${escapeHtml(title)}</h1>${paragraphs}
<p style="margin:20px 0"><a href="${escapeHtml(url)}" style="display:inline-block;background:#e11d48;color:#fff;text-decoration:none;padding:10px 18px;border-radius:8px">${escapeHtml(button)}</a></p>
<p style="font-size:12px;color:#78716c;margin:16px 0 0">인연 알림 설정에서 받을 알림을 바꿀 수 있어요.</p>
</div></body></html>`;
  const text = `${title}\n\n${body}\n\n${button}: ${url}\n\n인연 알림 설정에서 받을 알림을 바꿀 수 있어요.`;
  return { html, text };
}

export async function sendMail(to: string, m: { subject: string; html: string; text: string }): Promise<SendResult> {
  const t = transport();
  if (!t) return { status: "failed", code: "SMTP_NOT_CONFIGURED" };
  try {
    const info = await t.sendMail({ from: env.MAIL_FROM, to, subject: m.subject, html: m.html, text: m.text });
    return { status: "sent", providerMessageId: info.messageId ?? null };
  } catch (err) {
    const code = (err as { responseCode?: number }).responseCode;
    // 5xx from the server: this address will not take it; anything else (connection, 4xx): later
    return code && code >= 500 ? { status: "failed", code: `SMTP_${code}` } : { status: "retry", code: code ? `SMTP_${code}` : "SMTP_UNAVAILABLE" };
  }
}

export const emailChannel: NotificationChannel = {
  name: "email",
  channel: "EMAIL",
  async send(n) {
    const s = await prisma.notificationSetting.findUnique({ where: { userId: n.userId }, select: { emailEnc: true, emailVerifiedAt: true } });
    if (!s?.emailEnc || !s.emailVerifiedAt) return { status: "failed", code: "NO_EMAIL" };
    const { html, text } = mailBody({ title: n.rendered.title, body: n.rendered.body, url: n.url, button: n.rendered.template.button ?? "인연에서 보기" });
    return sendMail(decryptPii(s.emailEnc), { subject: n.rendered.title.startsWith("(광고)") ? n.rendered.title : `[인연] ${n.rendered.title}`, html, text });
  },
};
