// POST /api/me/notification-settings/email – give, change or remove my notification e-mail address
import { route } from "@/lib/http/route";
import { setNotificationEmailOperation } from "@/lib/notifications/notification-email";

export const POST = route(setNotificationEmailOperation);
