// GET|PUT /api/me/notification-settings – my notification settings
import { route } from "@/lib/http/route";
import { getNotificationSettingsOperation, updateNotificationSettingsOperation } from "@/lib/notifications/notification-settings";

export const GET = route(getNotificationSettingsOperation);
export const PUT = route(updateNotificationSettingsOperation);
