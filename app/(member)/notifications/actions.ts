"use server";
// Opening the notification centre marks what it shows as read: POST /api/notifications/read derived
// from its operation, called by the page once it is on screen (its GET render writes nothing).
// No revalidation: the unread ones stay highlighted while the member reads them.
import { action } from "@/lib/http/action";
import { markNotificationsReadOperation } from "@/lib/notifications/mark-notifications-read";

export const markNotificationsReadAction = action(markNotificationsReadOperation);
