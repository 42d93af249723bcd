// /consultations – manager 1:1 consultations: what is left this membership period (or what unlocks
// them), the member's manager, their bookings (move or cancel up to the cut-off) and the open times.
import Link from "next/link";
import { requireMember } from "@/lib/auth/page-actor";
import { myConsultations } from "@/lib/consultations/my-consultations";
import { CONSULTATION_MODE_LABEL, CONSULTATION_STATUS_LABEL } from "@/lib/core/labels";
import { formatSeoulMonthDayTime } from "@/lib/core/seoul-time";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { ManagerCard } from "@/components/service/manager-card";
import { ServiceForm } from "@/components/service/service-form";
import { bookConsultationAction, cancelConsultationAction, rescheduleConsultationAction } from "./actions";

export const metadata = { title: "매니저 상담" };

export default async function ConsultationsPage() {
  const actor = await requireMember();
  const view = await myConsultations({ actor });
  const { balance } = view;
  const slotLabel = (s: { startsAt: string; minutes: number; mode: keyof typeof CONSULTATION_MODE_LABEL; manager: { displayName: string } }) =>
    `${formatSeoulMonthDayTime(s.startsAt)} · ${s.minutes}분 · ${CONSULTATION_MODE_LABEL[s.mode]} · ${s.manager.displayName} 매니저`;
  const upcoming = view.bookings.filter((b) => b.status === "BOOKED");
  return (
    <>
      <PageTitle sub={`예약·변경·취소는 상담 시작 ${view.cutoffHours}시간 전까지 할 수 있어요.`}>매니저 1:1 상담</PageTitle>
      <div className="space-y-4">
        <Card aria-labelledby="balance-heading">
          <h2 id="balance-heading" className="text-sm text-stone-500">남은 상담</h2>
          {balance.included > 0 ? (
            <p data-testid="consultation-balance" className="mt-1 text-lg font-semibold">
              {balance.included}회 중 {balance.left}회 남았어요
            </p>
          ) : (
            <>
              <p data-testid="consultation-balance" className="mt-1 text-lg font-semibold">지금은 예약할 수 있는 상담이 없어요</p>
              <p className="mt-1 text-sm text-stone-700">{balance.unlock}</p>
              <ButtonLink href="/membership" variant="secondary" className="mt-3 w-full">멤버십 보기</ButtonLink>
            </>
          )}
        </Card>

        {view.myManager ? (
          <Card>
            <ManagerCard manager={view.myManager} />
          </Card>
        ) : null}

        <section aria-labelledby="bookings-heading" className="space-y-2">
          <h2 id="bookings-heading" className="text-base font-bold">내 예약</h2>
          {view.bookings.length === 0 ? <Card><p className="text-sm text-stone-600">아직 예약한 상담이 없어요.</p></Card> : null}
          {view.bookings.map((b) => (
            <Card key={b.id} data-testid="my-booking">
              <p className="font-semibold">{slotLabel(b)}</p>
              <p className="mt-1"><Badge tone={b.status === "BOOKED" ? "brand" : "neutral"}>{CONSULTATION_STATUS_LABEL[b.status]}</Badge></p>
              {b.changeable ? (
                <div className="mt-3 space-y-3">
                  {view.openSlots.length > 0 ? (
                    <ServiceForm action={rescheduleConsultationAction} submitLabel="이 시간으로 바꾸기" variant="secondary" aria-label="상담 시간 바꾸기">
                      <input type="hidden" name="id" value={b.id} />
                      <label htmlFor={`move-${b.id}`} className="block text-sm font-medium text-stone-700">다른 시간으로 바꾸기</label>
                      <Select id={`move-${b.id}`} name="slotId">
                        {view.openSlots.map((s) => <option key={s.id} value={s.id}>{slotLabel(s)}</option>)}
                      </Select>
                    </ServiceForm>
                  ) : null}
                  <ServiceForm action={cancelConsultationAction} submitLabel="예약 취소하기" variant="secondary" confirm="이 상담 예약을 취소할까요? 상담 횟수는 돌려 드려요." aria-label="상담 예약 취소">
                    <input type="hidden" name="id" value={b.id} />
                  </ServiceForm>
                </div>
              ) : b.status === "BOOKED" ? (
                <p className="mt-2 text-sm text-stone-600">상담이 {view.cutoffHours}시간 안으로 다가와 바꾸거나 취소할 수 없어요. 사정이 생기면 <Link href="/help" className="underline">1:1 문의</Link>로 알려 주세요.</p>
              ) : null}
            </Card>
          ))}
        </section>

        {balance.left > 0 && upcoming.length < balance.included ? (
          <section aria-labelledby="slots-heading" className="space-y-2">
            <h2 id="slots-heading" className="text-base font-bold">예약할 수 있는 시간</h2>
            {view.openSlots.length === 0 ? (
              <Card><p className="text-sm text-stone-600">지금 열린 상담 시간이 없어요. 매니저가 시간을 열면 여기에 보여요.</p></Card>
            ) : (
              <Card>
                <ServiceForm action={bookConsultationAction} submitLabel="상담 예약하기" pendingLabel="예약하는 중…" aria-label="상담 예약">
                  <fieldset>
                    <legend className="mb-2 text-sm font-medium text-stone-700">시간을 골라 주세요</legend>
                    <ul className="space-y-2">
                      {view.openSlots.map((s, i) => (
                        <li key={s.id}>
                          <label className="flex min-h-11 items-center gap-3 rounded-xl border border-stone-300 px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
                            <input type="radio" name="slotId" value={s.id} defaultChecked={i === 0} className="h-5 w-5" />
                            <span>{slotLabel(s)}</span>
                          </label>
                        </li>
                      ))}
                    </ul>
                  </fieldset>
                </ServiceForm>
              </Card>
            )}
          </section>
        ) : null}
        <p className="text-center text-sm text-stone-600">궁금한 점은 <Link href="/help" className="font-semibold text-brand-700 underline">고객센터 1:1 문의</Link>로 남겨 주세요.</p>
      </div>
    </>
  );
}
