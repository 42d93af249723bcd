// /help/inquiries/[id] – one 1:1 문의: the thread (the member's messages and the operator's answers),
// its status, and a follow-up form. Someone else's inquiry is the not-found page (an HTTP 404: the
// ownership check runs before anything is sent; the thread renders inside a Suspense skeleton).
import Link from "next/link";
import { Suspense } from "react";
import type { Actor } from "@/lib/core/actor";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/page-actor";
import { getMyInquiry, inquiryVisibleTo } from "@/lib/helpdesk/member-inquiries";
import { AppError } from "@/lib/core/errors";
import { zId } from "@/lib/core/ids";
import { INQUIRY_CATEGORY_LABEL, INQUIRY_STATUS_LABEL } from "@/lib/core/labels";
import { formatSeoulMonthDayTime } from "@/lib/core/seoul-time";
import { Badge } from "@/components/ui/badge";
import { PageTitle } from "@/components/ui/card";
import { MemberLoading } from "@/components/ui/member-loading";
import { Textarea } from "@/components/ui/field";
import { ServiceForm } from "@/components/service/service-form";
import { ScreenshotField } from "@/components/service/screenshot-field";
import { InquiryScreenshot } from "@/components/service/inquiry-screenshot";
import { addInquiryMessageAction } from "../../actions";

export const metadata = { title: "1:1 문의" };

export default async function InquiryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireMember({ allowOnboarding: true });
  const id = zId().safeParse((await params).id);
  if (!id.success) notFound();
  if (!(await inquiryVisibleTo(actor, id.data))) notFound();
  return (
    <Suspense fallback={<MemberLoading />}>
      <InquiryThread actor={actor} id={id.data} />
    </Suspense>
  );
}

async function InquiryThread({ actor, id }: { actor: Actor; id: string }) {
  const thread = await getMyInquiry({ actor, input: { id } }).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  return (
    <>
      <Link href="/help" className="mb-3 inline-block text-sm text-stone-600 underline">← 고객센터</Link>
      <PageTitle sub={`${INQUIRY_CATEGORY_LABEL[thread.category]} · ${formatSeoulMonthDayTime(thread.createdAt)}`}>1:1 문의</PageTitle>
      <p className="mb-3"><Badge tone={thread.status === "ANSWERED" ? "green" : "amber"}>{INQUIRY_STATUS_LABEL[thread.status]}</Badge></p>
      <ol className="space-y-3" aria-label="문의 내용과 답변">
        {thread.messages.map((m) => (
          <li key={m.id} data-testid={m.fromStaff ? "inquiry-answer" : "inquiry-question"} className={`rounded-2xl p-4 text-sm ${m.fromStaff ? "border border-brand-100 bg-brand-50" : "border border-stone-200 bg-white"}`}>
            <p className="mb-1 text-xs font-semibold text-stone-600">{m.fromStaff ? "인연 운영팀" : "나"} · {formatSeoulMonthDayTime(m.createdAt)}</p>
            <p className="whitespace-pre-wrap text-stone-900">{m.body}</p>
            <InquiryScreenshot screenshot={m.screenshot} />
          </li>
        ))}
      </ol>
      {thread.status === "RECEIVED" ? <p className="mt-3 text-sm text-stone-600">운영팀이 확인하고 있어요. 답변이 오면 알림으로 알려 드릴게요.</p> : null}
      <div className="mt-6">
        <ServiceForm action={addInquiryMessageAction} submitLabel="덧붙이기" variant="secondary" aria-label="문의 덧붙이기">
          <input type="hidden" name="id" value={thread.id} />
          <label htmlFor="follow-body" className="block text-sm font-medium text-stone-700">더 알려 주실 내용</label>
          <Textarea id="follow-body" name="body" rows={3} maxLength={2000} />
          {/* remounted after each sent message: a used upload key is never sent twice */}
          <ScreenshotField key={thread.messages.length} id="follow-screenshot" />
        </ServiceForm>
      </div>
    </>
  );
}
