// POST /api/notifications/read – mark some or all of my notifications as read
import { route } from "@/lib/http/route";
import { markNotificationsReadOperation } from "@/lib/notifications/mark-notifications-read";

export const POST = route(markNotificationsReadOperation);
