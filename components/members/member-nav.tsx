"use client";
// Member header and bottom navigation (mobile-first). The tab of the current section is marked
// (aria-current="page" and a visible brand colour + bar), so a member always sees where they are; a
// tapped tab pulses until its page answers (LinkPending).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { LinkPending } from "@/components/ui/link-pending";

const links = [
  { href: "/recommendations", label: "추천" },
  { href: "/matches", label: "매칭" },
  { href: "/profile", label: "프로필" },
  { href: "/preferences", label: "이상형" },
  { href: "/me", label: "내 정보" },
];

/** a tab is current on its own page and on the pages below it (/matches/123 → 매칭) */
const isCurrent = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/**
 * `unread`: the notification bell's starting count; null/undefined = no bell (signed out, onboarding).
 * `signOut`: Auth.js' sign-out action, handed down by the layout.
 */
export function MemberHeader({ isAdmin, unread, signOut }: { isAdmin: boolean; unread?: number | null; signOut: () => Promise<void> }) {
  return (
    <header className="sticky top-0 z-10 border-b border-stone-200 bg-white/90 backdrop-blur">
      <div className="mx-auto flex max-w-md items-center justify-between px-5 py-3">
        <Link href="/me" className="text-lg font-extrabold text-brand-600">
          인연
        </Link>
        <div className="flex items-center gap-3 text-sm">
          {unread !== null && unread !== undefined ? <NotificationBell initialUnread={unread} /> : null}
          {unread !== null && unread !== undefined ? (
            <Link href="/help" className="relative text-stone-600">
              고객센터
              <LinkPending className="absolute inset-x-0 -bottom-1 h-0.5" />
            </Link>
          ) : null}
          {isAdmin ? (
            <Link href="/admin" className="text-stone-600">
              관리자 화면
            </Link>
          ) : null}
          <form action={signOut}>
            <button type="submit" className="text-stone-600">
              로그아웃
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}

export function MemberTabs() {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label="회원 메뉴" className="fixed inset-x-0 bottom-0 z-10 border-t border-stone-200 bg-white pb-[env(safe-area-inset-bottom)]">
      <ul className="mx-auto grid max-w-md grid-cols-5 text-center text-xs">
        {links.map((l) => {
          const current = isCurrent(pathname, l.href);
          return (
            <li key={l.href}>
              <Link
                href={l.href}
                aria-current={current ? "page" : undefined}
                className={`relative block py-3 ${current ? "font-bold text-brand-600" : "text-stone-600 hover:text-brand-600"}`}
              >
                {current ? <span aria-hidden className="absolute inset-x-4 top-0 h-0.5 rounded-full bg-brand-500" /> : null}
                {l.label}
                <LinkPending />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
