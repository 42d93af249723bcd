// /admin/matches – matches by status, newest first, with
// unmatch; activation and payments are on /admin/payments. Same use case as GET /api/admin/matches.
import Link from "next/link";
import { matchDeadlineText } from "@/lib/admin/match-deadline";
import { requireAdmin } from "@/lib/auth/page-actor";
import { listAdminMatches, ZMatchListQuery, type AdminMatchList } from "@/lib/admin/list-matches";
import { AdminForm } from "@/components/admin/admin-form";
import { Badge } from "@/components/ui/badge";
import { PageTitle } from "@/components/ui/card";
import { MATCH_SOURCE_LABEL, MATCH_STATUS_LABEL } from "@/lib/core/labels";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { unmatchAction } from "./actions";

export const metadata = { title: "매칭" };

const TONE = { PENDING: "amber", ACTIVE: "green", CLOSED: "neutral" } as const;
const TABS = [["", "전체"], ...Object.entries(MATCH_STATUS_LABEL)] as const;

export default async function AdminMatchesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireAdmin();
  const sp = await searchParams;
  const parsed = ZMatchListQuery.safeParse({ status: sp.status, userId: sp.userId, cursor: sp.cursor });
  let list: AdminMatchList | null = null;
  let error: string | null = parsed.success ? null : "조건을 확인해 주세요.";
  if (parsed.success) {
    try {
      list = await listAdminMatches({ actor, input: parsed.data });
    } catch (err) {
      error = err instanceof Error ? err.message : "불러오지 못했습니다.";
    }
  }
  // links echo only what the query schema accepted, never the raw URL text
  const status = parsed.success ? parsed.data.status : undefined;
  const userId = parsed.success ? parsed.data.userId : undefined;
  const keep = (extra: Record<string, string>) => new URLSearchParams({ ...(status ? { status } : {}), ...(userId ? { userId } : {}), ...extra });
  return (
    <>
      <PageTitle sub="수동 매칭은 회원 상세의 '수동 매칭 후보'에서 만듭니다. 결제 확인과 매칭 활성화는 결제 확인 화면에서 합니다.">매칭</PageTitle>
      <nav aria-label="상태" className="mb-3 flex flex-wrap gap-2 text-sm">
        {TABS.map(([k, l]) => (
          <Link key={k} href={`/admin/matches?${new URLSearchParams({ ...(k ? { status: k } : {}), ...(userId ? { userId } : {}) })}`} aria-current={(status ?? "") === k ? "page" : undefined}
            className={`rounded-full px-3 py-1 ${(status ?? "") === k ? "bg-stone-800 text-white" : "border border-stone-300"}`}>{l}</Link>
        ))}
        <Link href="/admin/payments" className="ml-auto rounded-full border border-stone-300 px-3 py-1">결제 확인 →</Link>
      </nav>
      {userId ? <p className="mb-2 text-sm text-stone-600">한 회원의 매칭만 보는 중 · <Link className="underline" href={`/admin/matches?${new URLSearchParams(status ? { status } : {})}`}>전체 보기</Link></p> : null}
      {error ? <p role="alert" className="mb-3 rounded-xl bg-red-50 p-3 text-sm text-red-700">{error}</p> : null}
      {list ? (
        <div className="overflow-x-auto rounded-2xl border border-stone-200 bg-white" tabIndex={0} role="region" aria-label="목록 (좌우로 스크롤할 수 있어요)">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-50 text-xs text-stone-500">
              <tr><th className="px-3 py-2">회원</th><th className="px-3 py-2">상태</th><th className="px-3 py-2">출처</th><th className="px-3 py-2">생성</th><th className="px-3 py-2">만료·종료</th><th className="px-3 py-2" /></tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {list.items.length === 0 ? <tr><td colSpan={6} className="px-3 py-6 text-center text-stone-500">매칭이 없습니다.</td></tr> : null}
              {list.items.map((m) => (
                <tr key={m.id}>
                  <td className="px-3 py-2">
                    <Link className="underline" href={`/admin/users/${m.userA.id}`}>{m.userA.nickname ?? "–"}</Link> ↔ <Link className="underline" href={`/admin/users/${m.userB.id}`}>{m.userB.nickname ?? "–"}</Link>
                  </td>
                  <td className="px-3 py-2"><Badge tone={TONE[m.status]}>{MATCH_STATUS_LABEL[m.status]}</Badge></td>
                  <td className="px-3 py-2">{MATCH_SOURCE_LABEL[m.source]}</td>
                  <td className="px-3 py-2 text-xs">{formatSeoulDateTime(m.createdAt)}</td>
                  <td className="px-3 py-2 text-xs">{matchDeadlineText(m)}</td>
                  <td className="px-3 py-2">
                    {m.status !== "CLOSED" ? (
                      <AdminForm action={unmatchAction} submitLabel="매칭 해제" variant="secondary" confirm="이 매칭을 해제할까요? 미결제 건은 취소됩니다.">
                        <input type="hidden" name="id" value={m.id} />
                      </AdminForm>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list?.nextCursor ? <p className="mt-3 text-sm"><Link className="rounded-xl border border-stone-300 px-3 py-2" href={`/admin/matches?${keep({ cursor: list.nextCursor })}`}>다음 페이지 →</Link></p> : null}
    </>
  );
}
