// Admin console navigation (the current page marked by AdminNavLink).
import Link from "next/link";
import { AdminNavLink } from "./admin-nav-link";

const ADMIN_LINKS = [
  { href: "/admin", label: "대시보드" },
  { href: "/admin/users", label: "회원 관리" },
  { href: "/admin/my-members", label: "내 담당 회원" },
  { href: "/admin/consultations", label: "상담 일정" },
  { href: "/admin/inquiries", label: "1:1 문의" },
  { href: "/admin/matches", label: "매칭" },
  { href: "/admin/payments", label: "결제 확인" },
  { href: "/admin/refunds", label: "환불" },
  { href: "/admin/money", label: "돈 현황" },
  { href: "/admin/reports", label: "신고" },
  { href: "/admin/photos", label: "사진 검토" },
  { href: "/admin/documents", label: "서류 검토" },
  { href: "/admin/identity", label: "본인인증 예외" },
  { href: "/admin/recommendations", label: "주간 추천" },
  { href: "/admin/marketing", label: "광고 메시지" },
  { href: "/admin/audit", label: "감사 로그" },
];

export function AdminNav() {
  return (
    <nav aria-label="관리자 메뉴" className="border-b border-stone-200 bg-stone-900 text-stone-100 md:min-h-dvh md:w-56 md:border-b-0">
      <div className="px-5 py-4 text-lg font-extrabold">
        인연 <span className="text-sm font-medium text-stone-300">관리자</span>
      </div>
      <ul className="flex gap-1 overflow-x-auto px-3 pb-3 text-sm md:flex-col md:overflow-visible">
        {ADMIN_LINKS.map((l) => (
          <li key={l.href}>
            <AdminNavLink href={l.href}>{l.label}</AdminNavLink>
          </li>
        ))}
        <li>
          <Link href="/me" className="block whitespace-nowrap rounded-lg px-3 py-2 text-stone-300 hover:bg-stone-800">
            회원 화면으로
          </Link>
        </li>
      </ul>
    </nav>
  );
}
