// /admin/reports – the report queue: unhandled first (default), resolve with dismiss, warn or ban.
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/page-actor";
import { listReports, ZReportListQuery } from "@/lib/admin/reports";
import { REPORT_REASON_LABEL, REPORT_RESOLUTION_LABEL, STATUS_LABEL, type ReportResolution } from "@/lib/core/labels";
import { AdminForm } from "@/components/admin/admin-form";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { resolveReportAction } from "./actions";

export const metadata = { title: "신고" };


export default async function AdminReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireAdmin();
  const sp = await searchParams;
  const handled = sp.handled ?? "false";
  const parsed = ZReportListQuery.safeParse({ handled: handled === "all" ? undefined : handled, cursor: sp.cursor });
  const list = parsed.success ? await listReports({ actor, input: parsed.data }) : { items: [], nextCursor: null };
  return (
    <>
      <PageTitle sub="이용정지는 즉시 로그인을 막고 추천·좋아요에서 제외하며, 같은 휴대폰 번호의 재가입을 막습니다.">신고</PageTitle>
      <nav aria-label="처리 여부" className="mb-3 flex gap-2 text-sm">
        {[["false", "미처리"], ["true", "처리됨"], ["all", "전체"]].map(([k, l]) => (
          <Link key={k} href={`/admin/reports?handled=${k}`} aria-current={handled === k ? "page" : undefined} className={`rounded-full px-3 py-1 ${handled === k ? "bg-stone-800 text-white" : "border border-stone-300"}`}>{l}</Link>
        ))}
      </nav>
      <div className="space-y-3">
        {list.items.length === 0 ? <Card><p className="text-sm text-stone-500">신고가 없습니다.</p></Card> : null}
        {list.items.map((r) => (
          <Card key={r.id}>
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="text-sm">
                <p className="font-semibold">{REPORT_REASON_LABEL[r.reason]} {r.handled ? <Badge tone="neutral">{REPORT_RESOLUTION_LABEL[r.resolution as ReportResolution] ?? "처리됨"}</Badge> : <Badge tone="amber">미처리</Badge>}</p>
                <p className="mt-1">
                  신고한 회원 <Link className="underline" href={`/admin/users/${r.reporter.id}`}>{r.reporter.nickname ?? "–"}</Link> → 신고된 회원{" "}
                  <Link className="underline" href={`/admin/users/${r.reported.id}`}>{r.reported.nickname ?? "–"}</Link> ({STATUS_LABEL[r.reported.status]}, 받은 신고 {r.reported.reportsReceived}건)
                </p>
                {r.detail ? <p className="mt-1 whitespace-pre-wrap text-stone-600">{r.detail}</p> : null}
                <p className="mt-1 text-xs text-stone-400">{formatSeoulDateTime(r.createdAt)}</p>
              </div>
              {!r.handled ? (
                <AdminForm action={resolveReportAction} submitLabel="처리" className="w-full sm:w-72">
                  <input type="hidden" name="reportId" value={r.id} />
                  <Select name="resolution" defaultValue="DISMISS" aria-label="처리 결과">
                    {Object.entries(REPORT_RESOLUTION_LABEL).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
                  </Select>
                  <Input name="note" maxLength={1000} placeholder="처리 메모 (선택)" aria-label="처리 메모" />
                </AdminForm>
              ) : null}
            </div>
          </Card>
        ))}
      </div>
      {list.nextCursor ? <p className="mt-3 text-sm"><Link className="rounded-xl border border-stone-300 px-3 py-2" href={`/admin/reports?handled=${handled}&cursor=${list.nextCursor}`}>다음 페이지 →</Link></p> : null}
    </>
  );
}
