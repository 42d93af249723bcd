// One row of the notification centre: title, text, when, unread mark; the whole row links to its page.
import Link from "next/link";
import { formatSeoulMonthDayTime } from "@/lib/core/seoul-time";
import type { NotificationDto } from "@/lib/notifications/schemas";


export function NotificationItem({ notification: n }: { notification: NotificationDto }) {
  const unread = n.readAt === null;
  return (
    <Link href={n.href} className={`block rounded-2xl border px-4 py-3 ${unread ? "border-brand-100 bg-brand-50" : "border-stone-200 bg-white"}`}>
      <p className="flex items-center gap-2 text-sm font-semibold text-stone-900">
        {unread ? (
          <span className="inline-block h-2 w-2 rounded-full bg-brand-600" aria-label="읽지 않은 알림" role="img" />
        ) : null}
        {n.title}
      </p>
      <p className="mt-1 text-sm text-stone-700">{n.body}</p>
      <p className="mt-1 text-xs text-stone-600">{formatSeoulMonthDayTime(n.createdAt)}</p>
    </Link>
  );
}
