"use client";
// The bell in the member header with the unread count. Starts from the count the layout rendered,
// then asks GET /api/notifications (session cookie) after each navigation, every minute and when
// the tab regains focus — not on the first render, whose count the server has just given.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";

const POLL_MS = 60_000;

export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  const pathname = usePathname();
  const firstRender = useRef(true);
  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const res = await fetch("/api/notifications?limit=1", { cache: "no-store" });
        if (res.ok && !stopped) setUnread(((await res.json()) as { unreadCount: number }).unreadCount);
      } catch {
        // offline: keep the last count
      }
    };
    // on every later navigation (the layout that rendered the first count is not re-rendered) and each minute
    if (firstRender.current) firstRender.current = false;
    else void refresh();
    const timer = setInterval(refresh, POLL_MS);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [pathname]);
  // on the centre itself the notices are being shown and marked read: no badge
  const shown = pathname === "/notifications" ? 0 : unread;
  const label = shown > 0 ? `알림, 읽지 않은 알림 ${shown}개` : "알림";
  return (
    <Link href="/notifications" aria-label={label} className="relative inline-flex h-9 w-9 items-center justify-center rounded-full text-stone-700 hover:bg-stone-100">
      <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {shown > 0 ? (
        <span aria-hidden className="absolute -right-0.5 -top-0.5 min-w-[1.125rem] rounded-full bg-brand-700 px-1 text-center text-[0.6875rem] font-bold leading-[1.125rem] text-white">
          {shown > 99 ? "99+" : shown}
        </span>
      ) : null}
    </Link>
  );
}
