// /admin – dashboard (stats arrive with the admin issue).
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/page-actor";
import { Card, PageTitle } from "@/components/ui/card";
import { ADMIN_LINKS } from "@/components/admin/admin-nav";

export default async function AdminHome() {
  await requireAdmin();
  return (
    <>
      <PageTitle sub="회원, 매칭, 결제, 신고를 관리합니다.">관리자 대시보드</PageTitle>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {ADMIN_LINKS.slice(1).map((l) => (
          <Card key={l.href}>
            <Link href={l.href} className="font-semibold">
              {l.label}
            </Link>
          </Card>
        ))}
      </div>
    </>
  );
}
