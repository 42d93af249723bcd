// /admin/my-members – the manager console: the manager's own members, those needing attention first
// (open reports involving them, pending matches waiting for the fee, new sign-ups); each opens the
// member detail, where the manual-match and candidate tools are.
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/page-actor";
import { myMembers } from "@/lib/managers/my-members";
import { STATUS_LABEL, TIER_LABEL } from "@/lib/core/labels";
import { formatSeoulDate } from "@/lib/core/seoul-time";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";

export const metadata = { title: "내 담당 회원" };

export default async function MyMembersPage() {
  const actor = await requireAdmin();
  const { members } = await myMembers({ actor });
  return (
    <>
      <PageTitle sub="미처리 신고, 결제 대기 매칭, 신규 가입 순으로 보여 줍니다. 배정은 회원 관리 목록에서 합니다.">내 담당 회원</PageTitle>
      {members.length === 0 ? (
        <Card><p className="text-sm text-stone-600">배정된 회원이 없습니다. <Link href="/admin/users" className="underline">회원 관리</Link>에서 회원을 배정하세요.</p></Card>
      ) : (
        <Card className="overflow-x-auto p-0">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-50 text-xs text-stone-600">
              <tr><th className="px-3 py-2">회원</th><th className="px-3 py-2">상태</th><th className="px-3 py-2">등급</th><th className="px-3 py-2">가입일</th><th className="px-3 py-2">확인할 일</th></tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id} className="border-t border-stone-100" data-testid="my-member">
                  <td className="px-3 py-2"><Link className="underline" href={`/admin/users/${m.id}`}>{m.nickname ?? "(프로필 없음)"}</Link></td>
                  <td className="px-3 py-2">{STATUS_LABEL[m.status as keyof typeof STATUS_LABEL] ?? m.status}</td>
                  <td className="px-3 py-2">{TIER_LABEL[m.tier as keyof typeof TIER_LABEL] ?? m.tier}</td>
                  <td className="px-3 py-2">{formatSeoulDate(m.createdAt)}</td>
                  <td className="space-x-1 px-3 py-2">
                    {m.openReports > 0 ? <Badge tone="red">미처리 신고 {m.openReports}</Badge> : null}
                    {m.pendingMatches > 0 ? <Badge tone="amber">결제 대기 매칭 {m.pendingMatches}</Badge> : null}
                    {m.isNew ? <Badge tone="brand">신규 가입</Badge> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}
