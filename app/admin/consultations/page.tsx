// /admin/consultations – the manager's day: their profile (what members see), opening a slot, and
// the day's slots with the booked member's profile summary, consultation history and the outcome form;
// on top, the recent changes members made to the manager's bookings (each also an in-app notification).
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/page-actor";
import { managerDay } from "@/lib/consultations/manager-day";
import { ZDayQuery } from "@/lib/consultations/schemas";
import { CONSULTATION_MODE_LABEL, CONSULTATION_STATUS_LABEL, TIER_LABEL } from "@/lib/core/labels";
import { formatSeoulDateTime, formatSeoulTime } from "@/lib/core/seoul-time";
import { AdminForm } from "@/components/admin/admin-form";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { Input, Select, Textarea } from "@/components/ui/field";
import { markChangesSeenAction, publishSlotAction, putManagerProfileAction, recordOutcomeAction } from "./actions";

export const metadata = { title: "상담 일정" };

export default async function AdminConsultationsPage({ searchParams }: { searchParams: Promise<{ date?: string }> }) {
  const actor = await requireAdmin();
  const q = ZDayQuery.safeParse({ date: (await searchParams).date || undefined });
  const day = await managerDay({ actor, input: q.success ? q.data : {} });
  return (
    <>
      <PageTitle sub="매니저 프로필이 있는 관리자만 상담 시간을 열 수 있습니다. 회원은 상담 24시간 전까지 예약·변경·취소합니다.">상담 일정</PageTitle>
      {day.changes.length > 0 ? (
        <Card aria-labelledby="changes-heading" className="mb-4">
          <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
            <h2 id="changes-heading" className="font-bold">
              예약 변경 {day.changes.some((c) => c.unread) ? <Badge tone="amber">새 알림 {day.changes.filter((c) => c.unread).length}</Badge> : null}
            </h2>
            {day.changes.some((c) => c.unread) ? (
              <AdminForm action={markChangesSeenAction} submitLabel="모두 확인" variant="secondary" aria-label="예약 변경 확인">
                {day.changes.filter((c) => c.unread).map((c) => <input key={c.id} type="hidden" name="id" value={c.id} />)}
              </AdminForm>
            ) : null}
          </div>
          <ul className="divide-y divide-stone-100 text-sm">
            {day.changes.map((c) => (
              <li key={c.id} data-testid="booking-change" data-unread={c.unread ? "true" : undefined} className="flex flex-wrap items-center gap-x-2 py-2">
                <span className={c.unread ? "font-semibold" : "text-stone-600"}>{c.title}</span>
                <span>· {c.member ? <Link href={`/admin/users/${c.member.id}`} className="underline">{c.member.nickname ?? "회원"}</Link> : "회원"}</span>
                {c.day ? <span>· {Number(c.day.slice(5, 7))}월 {Number(c.day.slice(8, 10))}일 상담</span> : null}
                <span className="text-stone-500">· 알림 {formatSeoulDateTime(c.at)}</span>
                <Link href={c.href} className="ml-auto text-brand-700 underline">그날 일정 보기</Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-labelledby="profile-heading">
          <h2 id="profile-heading" className="mb-2 font-bold">내 매니저 프로필</h2>
          <AdminForm action={putManagerProfileAction} submitLabel={day.profile ? "프로필 저장" : "매니저로 등록"} aria-label="매니저 프로필">
            <label className="block text-sm" htmlFor="mp-name">이름 (회원에게 보임)</label>
            <Input id="mp-name" name="displayName" defaultValue={day.profile?.displayName ?? ""} maxLength={30} />
            <label className="block text-sm" htmlFor="mp-intro">소개</label>
            <Textarea id="mp-intro" name="intro" defaultValue={day.profile?.intro ?? ""} rows={3} maxLength={500} />
            <label className="block text-sm" htmlFor="mp-photo">사진 주소 (선택)</label>
            <Input id="mp-photo" name="photoUrl" type="url" defaultValue={day.profile?.photoUrl ?? ""} />
          </AdminForm>
        </Card>
        <Card aria-labelledby="slot-heading">
          <h2 id="slot-heading" className="mb-2 font-bold">상담 시간 열기</h2>
          {day.profile ? (
            <AdminForm action={publishSlotAction} submitLabel="시간 열기" aria-label="상담 시간 열기">
              <div className="grid grid-cols-2 gap-2">
                <div><label className="block text-sm" htmlFor="slot-date">날짜</label><Input id="slot-date" name="date" type="date" required /></div>
                <div><label className="block text-sm" htmlFor="slot-time">시각 (한국 시간)</label><Input id="slot-time" name="time" type="time" required /></div>
                <div><label className="block text-sm" htmlFor="slot-minutes">길이 (분)</label><Input id="slot-minutes" name="minutes" type="number" defaultValue={50} min={15} max={180} /></div>
                <div>
                  <label className="block text-sm" htmlFor="slot-mode">방법</label>
                  <Select id="slot-mode" name="mode" defaultValue="PHONE">
                    {Object.entries(CONSULTATION_MODE_LABEL).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
                  </Select>
                </div>
              </div>
            </AdminForm>
          ) : (
            <p className="text-sm text-stone-600">먼저 매니저 프로필을 등록해 주세요.</p>
          )}
        </Card>
      </div>

      <section aria-labelledby="day-heading" className="mt-6">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-2">
          <h2 id="day-heading" className="text-lg font-bold">{day.date} 상담</h2>
          <form method="get" className="flex items-end gap-2">
            <label className="text-sm" htmlFor="day-date">날짜</label>
            <Input id="day-date" name="date" type="date" defaultValue={day.date} className="w-44" />
            <button type="submit" className="rounded-xl border border-stone-300 px-3 py-2 text-sm">보기</button>
          </form>
        </div>
        {day.slots.length === 0 ? <Card><p className="text-sm text-stone-500">이 날 연 상담 시간이 없습니다.</p></Card> : null}
        <div className="space-y-3">
          {day.slots.map((s) => (
            <Card key={s.id} data-testid="day-slot">
              <p className="font-semibold">{formatSeoulTime(s.startsAt)} · {s.minutes}분 · {CONSULTATION_MODE_LABEL[s.mode]} {s.booking ? <Badge tone="brand">{CONSULTATION_STATUS_LABEL[s.booking.status]}</Badge> : <Badge>예약 없음</Badge>}</p>
              {s.booking ? (
                <div className="mt-2 grid gap-3 lg:grid-cols-2">
                  <div className="text-sm">
                    <p>
                      <Link className="font-semibold underline" href={`/admin/users/${s.booking.member.id}`}>{s.booking.member.nickname ?? "회원"}</Link>{" "}
                      · {s.booking.member.birthYear ?? "–"}년생 · {s.booking.member.region ?? "–"} · {s.booking.member.job ?? "–"} · {TIER_LABEL[s.booking.member.tier as keyof typeof TIER_LABEL] ?? s.booking.member.tier} · 상담 {s.booking.member.consultationCount}회
                    </p>
                    <h3 className="mt-2 font-semibold">상담 이력</h3>
                    {s.booking.history.length === 0 ? <p className="text-stone-500">이전 상담 기록이 없습니다.</p> : (
                      <ul className="list-disc pl-5">
                        {s.booking.history.map((h) => <li key={h.at}>{formatSeoulDateTime(h.at)} — {h.note ?? "(메모 없음)"}{h.bookingId === s.booking?.id ? " (이 예약)" : ""}</li>)}
                      </ul>
                    )}
                  </div>
                  {s.booking.status === "BOOKED" ? (
                    <div className="space-y-3">
                      <AdminForm action={recordOutcomeAction} submitLabel="메모 저장·상담 완료" aria-label="상담 메모">
                        <input type="hidden" name="id" value={s.booking.id} />
                        <input type="hidden" name="outcome" value="DONE" />
                        <label className="block text-sm" htmlFor={`note-${s.booking.id}`}>상담 메모</label>
                        <Textarea id={`note-${s.booking.id}`} name="note" rows={3} maxLength={2000} />
                      </AdminForm>
                      <AdminForm action={recordOutcomeAction} submitLabel="불참으로 기록" variant="secondary" confirm="이 회원을 불참으로 기록할까요?" aria-label="불참 기록">
                        <input type="hidden" name="id" value={s.booking.id} />
                        <input type="hidden" name="outcome" value="NO_SHOW" />
                      </AdminForm>
                    </div>
                  ) : s.booking.note ? <p className="text-sm" data-testid="booking-note">메모: {s.booking.note}</p> : null}
                </div>
              ) : null}
            </Card>
          ))}
        </div>
      </section>
    </>
  );
}
