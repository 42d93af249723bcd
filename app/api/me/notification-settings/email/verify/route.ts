// POST /api/me/notification-settings/email/verify – the e-mail verification link's token
import { route } from "@/lib/http/route";
import { verifyNotificationEmailOperation } from "@/lib/notifications/notification-email";

export const POST = route(verifyNotificationEmailOperation);
