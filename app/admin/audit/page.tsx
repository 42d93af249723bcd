// /admin/audit – the audit log (every admin write and PII view) with the filters of GET /api/admin/audit.
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/page-actor";
import { listAudit, ZAuditQuery } from "@/lib/admin/list-audit";
import { Card, PageTitle } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { AUDIT_ACTIONS } from "@/lib/core/audit";
import { AUDIT_ACTION_LABEL, auditActionLabel, auditTargetLabel } from "@/lib/core/labels";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";

export const metadata = { title: "감사 로그" };
const KEYS = ["adminId", "action", "targetId", "from", "to"] as const;

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireAdmin();
  const sp = await searchParams;
  const raw = Object.fromEntries(KEYS.map((k) => [k, sp[k] ?? ""])) as Record<(typeof KEYS)[number], string>;
  const parsed = ZAuditQuery.safeParse({ ...raw, cursor: sp.cursor });
  const list = parsed.success ? await listAudit({ actor, input: parsed.data }) : null;
  // the form and the paging links echo the filter only once the schema accepted it (ids, dates, a known action)
  const shown = parsed.success ? raw : { adminId: "", action: "", targetId: "", from: "", to: "" };
  const filter = new URLSearchParams(Object.entries(shown).filter(([, v]) => v));
  return (
    <>
      <PageTitle sub="관리자의 모든 변경과 개인정보 열람이 기록됩니다.">감사 로그</PageTitle>
      <Card className="mb-4">
        <form method="get" className="grid gap-2 sm:grid-cols-3 lg:grid-cols-6">
          <Input name="adminId" defaultValue={shown.adminId} placeholder="관리자 ID" aria-label="관리자 ID" />
          <Select name="action" defaultValue={shown.action} aria-label="작업">
            <option value="">모든 작업</option>
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{AUDIT_ACTION_LABEL[a]}</option>)}
          </Select>
          <Input name="targetId" defaultValue={shown.targetId} placeholder="대상 ID" aria-label="대상 ID" />
          <Input name="from" type="date" defaultValue={shown.from} aria-label="시작일" />
          <Input name="to" type="date" defaultValue={shown.to} aria-label="종료일" />
          <button type="submit" className="rounded-xl bg-brand-500 px-4 py-2 text-sm font-semibold text-white">조회</button>
        </form>
      </Card>
      {!parsed.success ? <p role="alert" className="mb-3 rounded-xl bg-red-50 p-3 text-sm text-red-700">{parsed.error.issues[0]?.message ?? "조건을 확인해 주세요."}</p> : null}
      {list ? (
        <div className="overflow-x-auto rounded-2xl border border-stone-200 bg-white" tabIndex={0} role="region" aria-label="목록 (좌우로 스크롤할 수 있어요)">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-50 text-xs text-stone-500"><tr><th className="px-3 py-2">일시</th><th className="px-3 py-2">관리자</th><th className="px-3 py-2">작업</th><th className="px-3 py-2">대상</th><th className="px-3 py-2">내용</th></tr></thead>
            <tbody className="divide-y divide-stone-100">
              {list.items.length === 0 ? <tr><td colSpan={5} className="px-3 py-6 text-center text-stone-500">기록이 없습니다.</td></tr> : null}
              {list.items.map((a) => (
                <tr key={a.id} className="align-top">
                  <td className="whitespace-nowrap px-3 py-2 text-xs">{formatSeoulDateTime(a.createdAt)}</td>
                  <td className="px-3 py-2"><Link className="underline" href={`/admin/audit?adminId=${a.adminId}`}>{a.adminName ?? a.adminId.slice(0, 8)}</Link></td>
                  <td className="px-3 py-2 text-xs"><Link className="underline" href={`/admin/audit?action=${a.action}`}>{auditActionLabel(a.action)}</Link></td>
                  <td className="px-3 py-2 text-xs">
                    {auditTargetLabel(a.targetType)}{" "}
                    {a.targetId ? (a.targetType === "User" ? <Link className="underline" href={`/admin/users/${a.targetId}`}>{a.targetId.slice(0, 8)}</Link> : <Link className="underline" href={`/admin/audit?targetId=${a.targetId}`}>{a.targetId.slice(0, 8)}</Link>) : null}
                  </td>
                  <td className="max-w-md px-3 py-2"><pre className="whitespace-pre-wrap break-all font-mono text-xs text-stone-600">{a.detail ? JSON.stringify(a.detail) : ""}</pre></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list?.nextCursor ? <p className="mt-3 text-sm"><Link className="rounded-xl border border-stone-300 px-3 py-2" href={`/admin/audit?${new URLSearchParams([...filter, ["cursor", list.nextCursor]])}`}>다음 페이지 →</Link></p> : null}
    </>
  );
}
