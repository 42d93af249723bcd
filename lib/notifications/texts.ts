// What a notification says and where it leads, per kind (Korean), for the in-app centre. Rendered
// from kind + payload at read time (rows hold ids only) through the one template module
// (templates.ts), so the in-app row says exactly what the 알림톡, SMS and e-mail say.
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { renderWith, type CampaignText } from "./render";

export type NotificationText = { title: string; body: string; href: string };

/** `nickname`: the member's own nickname (the templates greet them by it) */
export function notificationText(kind: NotificationKind, payload: unknown, nickname = "회원", campaign?: CampaignText | null): NotificationText {
  const r = renderWith(kind, payload, nickname, campaign);
  return { title: r.title, body: r.body, href: r.href };
}
