// GET /api/notifications – my notifications (newest first) and the unread count
import { route } from "@/lib/http/route";
import { listNotificationsOperation } from "@/lib/notifications/list-notifications";

export const GET = route(listNotificationsOperation);
