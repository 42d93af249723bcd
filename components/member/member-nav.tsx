// Member header and bottom navigation (mobile-first).
import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";

const links = [
  { href: "/recommendations", label: "추천" },
  { href: "/matches", label: "매칭" },
  { href: "/profile", label: "프로필" },
  { href: "/preferences", label: "이상형" },
  { href: "/me", label: "내 정보" },
];

export function MemberHeader({ isAdmin }: { isAdmin: boolean }) {
  return (
    <header className="sticky top-0 z-10 border-b border-stone-200 bg-white/90 backdrop-blur">
      <div className="mx-auto flex max-w-md items-center justify-between px-5 py-3">
        <Link href="/me" className="text-lg font-extrabold text-brand-600">
          인연
        </Link>
        <div className="flex items-center gap-3 text-sm">
          {isAdmin ? (
            <Link href="/admin" className="text-stone-600">
              관리자
            </Link>
          ) : null}
          <form action={signOutAction}>
            <button type="submit" className="text-stone-500">
              로그아웃
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}

export function MemberTabs() {
  return (
    <nav aria-label="회원 메뉴" className="fixed inset-x-0 bottom-0 z-10 border-t border-stone-200 bg-white">
      <ul className="mx-auto grid max-w-md grid-cols-5 text-center text-xs">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="block py-3 text-stone-600 hover:text-brand-600">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
