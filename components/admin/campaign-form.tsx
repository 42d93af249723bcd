"use client";
// The /admin/marketing composer: subject and text of a 광고 message with the byte counts an LMS
// allows, the checks the operation makes ("(광고)" first, the refusal line last) shown as it is typed,
// the send date and time in Korean time, and when it will really go out (21:00–08:00 → 08:00).
import { useState } from "react";
import type { FormAction } from "@/lib/core/form";
import { AD_PREFIX, BODY_MAX_BYTES, CAMPAIGN_BODY_TEMPLATE, campaignTitle, REFUSAL_LINE, smsBytes, TITLE_MAX_BYTES } from "@/lib/notifications/campaign-rules";
import { Input, Textarea } from "@/components/ui/field";
import { AdminForm } from "./admin-form";

/** "2026-12-08" and "22:00" (Seoul) → what the job will do with them */
function whenItGoes(date: string, time: string): string | null {
  if (!date || !time) return null;
  const hour = Number(time.slice(0, 2));
  if (hour >= 21) return `밤 시간이라 다음 날 오전 8시에 보냅니다.`;
  if (hour < 8) return `이른 아침이라 그날 오전 8시에 보냅니다.`;
  return `${date} ${time}에 보냅니다.`;
}

export function CampaignForm({ save, audience, today }: { save: FormAction; audience: { consenting: number; reachable: number }; today: { date: string; time: string } }) {
  const [title, setTitle] = useState("");
  const [body, setBody] = useState(CAMPAIGN_BODY_TEMPLATE);
  const [date, setDate] = useState(today.date);
  const [time, setTime] = useState(today.time);
  const titleBytes = smsBytes(campaignTitle(title.trim()));
  const bodyBytes = smsBytes(body.trim());
  const checks = [
    { ok: body.trim().startsWith(AD_PREFIX), label: `내용이 "${AD_PREFIX}"로 시작해요` },
    { ok: body.trim().endsWith(REFUSAL_LINE), label: "마지막 줄에 수신거부 방법이 있어요" },
    { ok: bodyBytes <= BODY_MAX_BYTES, label: `장문 문자 한 통 (${bodyBytes}/${BODY_MAX_BYTES}바이트)` },
    { ok: title.trim() !== "" && titleBytes <= TITLE_MAX_BYTES, label: `제목 (${titleBytes}/${TITLE_MAX_BYTES}바이트, "(광고)" 포함)` },
  ];
  const when = whenItGoes(date, time);
  return (
    <AdminForm action={save} submitLabel="예약하기" confirm={`지금 동의 중인 회원 ${audience.consenting}명에게 보낼 광고를 예약할까요? (보내는 순간 다시 동의 여부를 확인합니다)`} aria-label="광고 메시지 작성">
      <label className="block text-sm font-medium" htmlFor="cm-title">제목 (장문 문자·이메일 제목)</label>
      <Input id="cm-title" name="title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={40} placeholder="예: 12월 첫 만남 이벤트" />
      <p className="text-xs text-stone-500">회원에게는 「{campaignTitle(title.trim() || "제목")}」으로 보여요.</p>
      <label className="block text-sm font-medium" htmlFor="cm-body">내용</label>
      <Textarea id="cm-body" name="body" value={body} onChange={(e) => setBody(e.target.value)} rows={8} className="font-mono text-sm" />
      <ul className="grid gap-1 text-xs sm:grid-cols-2" aria-label="광고 문자 규칙">
        {checks.map((c) => (
          <li key={c.label} className={c.ok ? "text-emerald-700" : "text-red-700"}>
            {c.ok ? "✓" : "✗"} {c.label}
          </li>
        ))}
      </ul>
      <div className="grid grid-cols-2 gap-2 sm:max-w-md">
        <div>
          <label className="block text-sm font-medium" htmlFor="cm-date">보낼 날짜</label>
          <Input id="cm-date" name="date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </div>
        <div>
          <label className="block text-sm font-medium" htmlFor="cm-time">시각 (한국 시간)</label>
          <Input id="cm-time" name="time" type="time" value={time} onChange={(e) => setTime(e.target.value)} required />
        </div>
      </div>
      <p className="text-sm text-stone-700" data-testid="campaign-when">
        {when ?? "보낼 날짜와 시각을 골라 주세요."} 광고는 21:00~08:00에 보내지 않습니다.
      </p>
    </AdminForm>
  );
}
