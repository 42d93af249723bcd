// /help – 고객센터: the FAQ, a 1:1 문의 form (category + text + optional screenshot) and the member's inquiries with status.
import Link from "next/link";
import { requireMember } from "@/lib/auth/page-actor";
import { listMyInquiries } from "@/lib/helpdesk/member-inquiries";
import { faqEntries } from "@/lib/helpdesk/faq";
import { INQUIRY_CATEGORY_LABEL, INQUIRY_STATUS_LABEL } from "@/lib/core/labels";
import { formatSeoulMonthDayTime } from "@/lib/core/seoul-time";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { Select, Textarea } from "@/components/ui/field";
import { FaqList } from "@/components/service/faq-list";
import { ServiceForm } from "@/components/service/service-form";
import { ScreenshotField } from "@/components/service/screenshot-field";
import { LinkPending } from "@/components/ui/link-pending";
import { createInquiryAction } from "../actions";

export const metadata = { title: "고객센터" };

export default async function HelpPage() {
  const actor = await requireMember({ allowOnboarding: true }); // stuck in onboarding is when help is needed most
  const { items } = await listMyInquiries({ actor });
  return (
    <>
      <PageTitle sub="자주 묻는 질문을 먼저 확인하고, 답이 없으면 1:1 문의를 남겨 주세요.">고객센터</PageTitle>
      <p className="-mt-2 mb-4 text-sm">
        <a href="#ask-heading" className="font-semibold text-brand-700 underline">바로 1:1 문의하기</a>
      </p>
      <div className="space-y-6">
        <section aria-labelledby="faq-heading" className="space-y-2">
          <h2 id="faq-heading" className="text-base font-bold">자주 묻는 질문</h2>
          <FaqList entries={faqEntries()} />
        </section>

        <Card aria-labelledby="ask-heading">
          <h2 id="ask-heading" className="mb-3 text-base font-bold">1:1 문의하기</h2>
          <ServiceForm action={createInquiryAction} submitLabel="문의 남기기" pendingLabel="보내는 중…" aria-label="1:1 문의">
            <label htmlFor="inquiry-category" className="block text-sm font-medium text-stone-700">문의 유형</label>
            <Select id="inquiry-category" name="category" defaultValue="">
              <option value="" disabled>유형을 골라 주세요</option>
              {Object.entries(INQUIRY_CATEGORY_LABEL).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
            </Select>
            <label htmlFor="inquiry-body" className="block text-sm font-medium text-stone-700">내용</label>
            <Textarea id="inquiry-body" name="body" rows={5} maxLength={2000} placeholder="궁금한 점이나 불편한 점을 자세히 적어 주세요. 전화번호 같은 개인정보는 적지 않아도 돼요." />
            <ScreenshotField id="inquiry-screenshot" />
          </ServiceForm>
          <p className="mt-2 text-xs text-stone-600">답변이 오면 알림으로 알려 드려요. 보통 1영업일 안에 답변해요.</p>
        </Card>

        <section aria-labelledby="mine-heading" className="space-y-2">
          <h2 id="mine-heading" className="text-base font-bold">내 문의</h2>
          {items.length === 0 ? <Card><p className="text-sm text-stone-600">아직 남긴 문의가 없어요.</p></Card> : null}
          <ul className="space-y-2">
            {items.map((i) => (
              <li key={i.id}>
                <Link href={`/help/inquiries/${i.id}`} className="relative block rounded-2xl border border-stone-200 bg-white p-4" data-testid="my-inquiry">
                  <LinkPending className="absolute inset-x-4 top-0 h-0.5" />
                  <span className="flex items-center justify-between gap-2 text-xs text-stone-600">
                    <span>{INQUIRY_CATEGORY_LABEL[i.category]} · {formatSeoulMonthDayTime(i.createdAt)}</span>
                    <Badge tone={i.status === "ANSWERED" ? "green" : "amber"}>{INQUIRY_STATUS_LABEL[i.status]}</Badge>
                  </span>
                  <span className="mt-1 block truncate text-sm text-stone-900">{i.preview}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
