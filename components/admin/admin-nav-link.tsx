"use client";
// One admin menu entry that marks itself as the current page (aria-current and a visible style).
import Link from "next/link";
import { usePathname } from "next/navigation";

export function AdminNavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname() ?? "";
  // /admin is current only on the dashboard itself; the others also on their sub-pages
  const current = href === "/admin" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`block whitespace-nowrap rounded-lg px-3 py-2 ${current ? "bg-stone-700 font-semibold text-white" : "hover:bg-stone-800"}`}
    >
      {children}
    </Link>
  );
}
