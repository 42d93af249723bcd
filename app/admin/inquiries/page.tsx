// /admin/inquiries – the help desk inbox: filters (status, category, assignee), each inquiry's thread,
// "내가 담당", and the answer form with canned answers.
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/page-actor";
import { listInquiries } from "@/lib/helpdesk/admin-inquiries";
import { ZAdminInquiryQuery } from "@/lib/helpdesk/schemas";
import { CANNED_ANSWERS } from "@/lib/helpdesk/canned-answers";
import { INQUIRY_CATEGORY_LABEL, INQUIRY_STATUS_LABEL } from "@/lib/core/labels";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { AdminForm } from "@/components/admin/admin-form";
import { CannedAnswerField } from "@/components/admin/canned-answer-field";
import { InquiryScreenshot } from "@/components/service/inquiry-screenshot";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { assignInquiryAction, answerInquiryAction } from "./actions";

export const metadata = { title: "1:1 문의" };

type Search = { status?: string; category?: string; assignee?: string };

export default async function AdminInquiriesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireAdmin();
  const sp = await searchParams;
  const status = sp.status ?? "RECEIVED";
  const q = ZAdminInquiryQuery.safeParse({ status: status === "all" ? undefined : status, category: sp.category || undefined, assignee: sp.assignee || undefined });
  const { items } = q.success ? await listInquiries({ actor, input: q.data }) : { items: [] };
  const href = (patch: Partial<Search>) => `/admin/inquiries?${new URLSearchParams(Object.entries({ status, category: sp.category, assignee: sp.assignee, ...patch }).filter((e): e is [string, string] => !!e[1])).toString()}`;
  const chip = (active: boolean) => `rounded-full px-3 py-1 ${active ? "bg-stone-800 text-white" : "border border-stone-300"}`;
  return (
    <>
      <PageTitle sub="답변하면 회원에게 알림이 가고 상태가 답변 완료로 바뀝니다. 회원이 덧붙이면 다시 접수 상태가 됩니다.">1:1 문의</PageTitle>
      <nav aria-label="문의 필터" className="mb-3 space-y-2 text-sm">
        <div className="flex flex-wrap gap-2">
          {[["RECEIVED", "접수"], ["ANSWERED", "답변 완료"], ["all", "전체"]].map(([k, l]) => <Link key={k} href={href({ status: k })} aria-current={status === k ? "page" : undefined} className={chip(status === k)}>{l}</Link>)}
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={href({ category: undefined })} className={chip(!sp.category)}>모든 유형</Link>
          {Object.entries(INQUIRY_CATEGORY_LABEL).map(([k, l]) => <Link key={k} href={href({ category: k })} aria-current={sp.category === k ? "page" : undefined} className={chip(sp.category === k)}>{l}</Link>)}
        </div>
        <div className="flex flex-wrap gap-2">
          {[[undefined, "모든 담당자"], ["me", "내 담당"], ["none", "담당자 없음"]].map(([k, l]) => <Link key={l} href={href({ assignee: k })} className={chip(sp.assignee === k)}>{l}</Link>)}
        </div>
      </nav>
      <div className="space-y-3">
        {items.length === 0 ? <Card><p className="text-sm text-stone-500">조건에 맞는 문의가 없습니다.</p></Card> : null}
        {items.map((i) => (
          <Card key={i.id} data-testid="admin-inquiry">
            <p className="text-sm">
              <Badge tone={i.status === "ANSWERED" ? "green" : "amber"}>{INQUIRY_STATUS_LABEL[i.status]}</Badge> {INQUIRY_CATEGORY_LABEL[i.category]} ·{" "}
              <Link href={`/admin/users/${i.member.id}`} className="underline">{i.member.nickname ?? "회원"}</Link> · {formatSeoulDateTime(i.createdAt)} · 담당 {i.assignee?.name ?? "없음"}
            </p>
            <ol className="mt-2 space-y-2 text-sm">
              {i.messages.map((m) => (
                <li key={m.id} className={`rounded-xl p-3 ${m.fromStaff ? "bg-brand-50" : "bg-stone-50"}`}>
                  <p className="text-xs text-stone-600">{m.fromStaff ? "운영팀" : "회원"} · {formatSeoulDateTime(m.createdAt)}</p>
                  <p className="whitespace-pre-wrap">{m.body}</p>
                  <InquiryScreenshot screenshot={m.screenshot} />
                </li>
              ))}
            </ol>
            <div className="mt-3 grid gap-3 lg:grid-cols-[1fr_auto]">
              <AdminForm action={answerInquiryAction} submitLabel="답변 보내기" aria-label="답변">
                <input type="hidden" name="id" value={i.id} />
                <CannedAnswerField id={i.id} canned={CANNED_ANSWERS} />
              </AdminForm>
              {i.assignee?.id !== actor.userId ? (
                <AdminForm action={assignInquiryAction} submitLabel="내가 담당" variant="secondary" aria-label="담당자 지정">
                  <input type="hidden" name="id" value={i.id} />
                </AdminForm>
              ) : null}
            </div>
          </Card>
        ))}
      </div>
    </>
  );
}
