"use client";
// The /me/notifications form: per notification kind, grouped under its category's heading, which
// channels (카카오 알림톡 — 문자 when 알림톡 cannot be delivered — and e-mail once verified); service
// notices marked 필수 keep at least one; quiet hours, and the marketing consent with its date.
import { useState } from "react";
import type { FormAction } from "@/lib/core/form";
import { NOTIFICATION_CATEGORY_LABEL, NOTIFICATION_KIND_LABEL } from "@/lib/core/labels";
import { formatSeoulDate } from "@/lib/core/seoul-time";
import type { NotificationSettingsDto } from "@/lib/notifications/settings-schemas";
import { Button } from "@/components/ui/button";
import { FieldMessage } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

const HINTS: Record<string, string> = {
  SERVICE: "매칭, 결제 기한, 결제 확인, 환불처럼 꼭 알아야 하는 소식이에요. 「필수」 알림은 카카오톡과 이메일 중 한 가지 이상은 켜 두어야 해요.",
  SERVICE_NO_EMAIL: "매칭, 결제 기한, 결제 확인, 환불처럼 꼭 알아야 하는 소식이에요. 「필수」 알림은 끌 수 없어요. 이메일을 인증하면 카카오톡 대신 이메일로 받을 수도 있어요.",
  LIKES: "받은 좋아요는 하루에 한 번만 모아서 알려 드려요. 꺼도 앱 안에서는 볼 수 있어요.",
  WEEKLY: "매주 월요일 새 추천이 도착하면 알려 드려요. 꺼도 앱 안에서는 볼 수 있어요.",
  PHOTO: "올린 사진과 인증 서류의 승인·반려 결과, 배지 만료 소식이에요.",
  MARKETING: "아래 광고성 정보 수신에 동의한 경우에만 문자·이메일로 보내요.",
};

/** the kinds in the order of their labels (the order members think in: match → payment → refund …) */
const KIND_ORDER = Object.keys(NOTIFICATION_KIND_LABEL);

export function NotificationSettingsForm({ settings, save }: { settings: NotificationSettingsDto; save: FormAction }) {
  const { state, onSubmit, pending, fieldError } = useFormAction(save);
  const [marketing, setMarketing] = useState(settings.marketing.consented);
  // e-mail is a column once the address is verified; before, only 카카오톡 (one column reads better on a phone)
  const emailOff = !settings.email.verified;
  const channels = emailOff ? (["KAKAO"] as const) : (["KAKAO", "EMAIL"] as const);
  const cols = emailOff ? "grid-cols-[1fr_4.5rem]" : "grid-cols-[1fr_4.5rem_4.5rem]";
  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate aria-label="알림 설정">
      <FormMessage state={state} />
      <p className="text-xs text-stone-500">
        알림마다 받을 방법을 고르세요. 카카오톡은 알림톡으로 보내고, 알림톡을 받을 수 없으면 문자로 보내요.
        {emailOff ? " 이메일은 아래에서 주소를 인증하면 고를 수 있어요." : ""}
      </p>
      {settings.categories.map((c) => {
        const kinds = [...c.kinds].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
        return (
          <fieldset key={c.category} className="space-y-1" aria-describedby={`hint-${c.category}`}>
            <legend className="text-sm font-semibold text-stone-900">{NOTIFICATION_CATEGORY_LABEL[c.category]}</legend>
            <p id={`hint-${c.category}`} className="pb-1 text-xs text-stone-500">
              {HINTS[c.category === "SERVICE" && emailOff ? "SERVICE_NO_EMAIL" : c.category]}
            </p>
            <div className={`grid ${cols} items-center gap-x-1 border-b border-stone-200 pb-1 text-center text-xs font-medium text-stone-600`} aria-hidden="true">
              <span className="text-left">알림</span>
              <span>{c.category === "MARKETING" ? "문자" : "카카오톡"}</span>
              {emailOff ? null : <span>이메일</span>}
            </div>
            <ul className="divide-y divide-stone-100">
              {kinds.map((k) => {
                const label = NOTIFICATION_KIND_LABEL[k.kind];
                const error = fieldError(`channels.${k.kind}`) ?? (k.required ? fieldError(`channels.${c.category}`) : undefined);
                return (
                  <li key={k.kind} className="py-1.5" data-kind={k.kind}>
                    <div className={`grid ${cols} items-center gap-x-1`}>
                      <span className="text-sm text-stone-800">
                        {label}
                        {k.required ? <span className="ml-1 rounded bg-brand-50 px-1 text-[11px] font-medium text-brand-700">필수</span> : null}
                      </span>
                      {channels.map((ch) => {
                        const by = ch === "EMAIL" ? "이메일로" : c.category === "MARKETING" ? "문자로" : "카카오톡으로";
                        return (
                          <label key={ch} className="flex h-9 items-center justify-center">
                            <input
                              type="checkbox"
                              name={`channels.${k.kind}`}
                              value={ch}
                              defaultChecked={k.channels.includes(ch)}
                              aria-label={`${label} ${by} 받기`}
                              aria-invalid={error ? true : undefined}
                              className="h-5 w-5 accent-brand-500"
                            />
                          </label>
                        );
                      })}
                    </div>
                    <FieldMessage error={error} />
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}

      <label className="flex items-start gap-2 rounded-xl bg-stone-50 p-3 text-sm">
        <input type="checkbox" name="quietHours" defaultChecked={settings.quietHours} className="mt-0.5 h-4 w-4 accent-brand-500" />
        <span>
          <span className="font-medium">밤에는 조용히 (21:00~08:00)</span>
          <span className="block text-xs text-stone-500">급하지 않은 알림은 아침 8시에 보내 드려요. 결제 기한이 곧 끝나는 알림은 바로 보내요.</span>
        </span>
      </label>

      <label className="flex items-start gap-2 rounded-xl bg-stone-50 p-3 text-sm">
        <input type="checkbox" name="marketingConsent" checked={marketing} onChange={(e) => setMarketing(e.target.checked)} className="mt-0.5 h-4 w-4 accent-brand-500" />
        <span>
          <span className="font-medium">(선택) 광고성 정보 수신 동의</span>
          <span className="block text-xs text-stone-500">
            이벤트·혜택 소식을 문자나 이메일로 받아요. 21:00~08:00에는 보내지 않고, 언제든 여기서 철회할 수 있어요.
          </span>
          <span className="mt-1 block text-xs text-stone-600" data-testid="marketing-consent-status">
            {settings.marketing.consented && settings.marketing.consentAt
              ? `${formatSeoulDate(settings.marketing.consentAt)}에 동의했어요.`
              : settings.marketing.withdrawnAt
                ? `${formatSeoulDate(settings.marketing.withdrawnAt)}에 철회했어요.`
                : "동의하지 않았어요."}
          </span>
        </span>
      </label>

      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "저장하는 중…" : "알림 설정 저장하기"}
      </Button>
    </form>
  );
}
