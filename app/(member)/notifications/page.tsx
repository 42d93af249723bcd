// /notifications – the notification centre: newest first, each linking to its page; opening the
// centre marks what it shows as read through its operation once they are on screen (the render
// writes nothing; the unread ones are still highlighted).
import Link from "next/link";
import { requireMember } from "@/lib/auth/page-actor";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { ZNotificationsQuery } from "@/lib/notifications/schemas";
import { Card, PageTitle } from "@/components/ui/card";
import { NotificationItem } from "@/components/notifications/notification-item";
import { MarkRead } from "@/components/notifications/mark-read";
import { markNotificationsReadAction } from "./actions";

export const metadata = { title: "알림" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const actor = await requireMember();
  const query = ZNotificationsQuery.safeParse({ cursor: (await searchParams).cursor });
  const page = await listNotifications({ actor, input: query.success ? query.data : {} });
  const unreadIds = page.items.filter((n) => !n.readAt).map((n) => n.id);
  return (
    <>
      <PageTitle sub="최근 90일의 알림이에요.">알림</PageTitle>
      <MarkRead ids={unreadIds} markRead={markNotificationsReadAction} />
      {page.items.length === 0 ? (
        <Card>
          <p className="text-sm text-stone-700">아직 알림이 없어요. 추천이 도착하거나 좋아요를 받으면 여기에서 알려 드릴게요.</p>
        </Card>
      ) : (
        <ul className="space-y-2">
          {page.items.map((n) => (
            <li key={n.id}>
              <NotificationItem notification={n} />
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor ? (
        <Link href={`/notifications?cursor=${encodeURIComponent(page.nextCursor)}`} className="mt-6 block text-center text-sm font-semibold text-brand-700 underline">
          이전 알림 더 보기
        </Link>
      ) : null}
    </>
  );
}
