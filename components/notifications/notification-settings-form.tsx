"use client";
// The /me/notifications form: per category which channels (카카오 알림톡 — 문자 when 알림톡 cannot be
// delivered — and e-mail once verified), quiet hours, and the marketing consent with its date.
import { useState } from "react";
import type { FormAction } from "@/lib/core/form";
import { MEMBER_CHANNEL_LABEL, NOTIFICATION_CATEGORY_LABEL } from "@/lib/core/labels";
import { formatSeoulDate } from "@/lib/core/seoul-time";
import type { NotificationSettingsDto } from "@/lib/notifications/settings-schemas";
import { Button } from "@/components/ui/button";
import { FieldMessage } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

const HINTS: Record<string, string> = {
  SERVICE: "매칭 성사, 결제 기한, 결제 확인, 환불 소식이에요. 한 가지 이상은 꼭 켜 두어야 해요.",
  LIKES: "받은 좋아요를 하루에 한 번만 모아서 알려 드려요.",
  WEEKLY: "매주 월요일 새 추천이 도착하면 알려 드려요.",
  PHOTO: "올린 사진과 인증 서류의 승인·반려 결과, 배지 만료 소식이에요.",
  MARKETING: "아래 광고성 정보 수신에 동의한 경우에만 문자·이메일로 보내요.",
};

export function NotificationSettingsForm({ settings, save }: { settings: NotificationSettingsDto; save: FormAction }) {
  const { state, onSubmit, pending, fieldError } = useFormAction(save);
  const [marketing, setMarketing] = useState(settings.marketing.consented);
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate aria-label="알림 설정">
      <FormMessage state={state} />
      {settings.categories.map((c) => (
        <fieldset key={c.category} className="space-y-2">
          <legend className="text-sm font-medium text-stone-800">
            {NOTIFICATION_CATEGORY_LABEL[c.category]}
            {c.required ? <span className="ml-1 text-xs text-brand-600">(필수)</span> : null}
          </legend>
          <p className="text-xs text-stone-500">{HINTS[c.category]}</p>
          <div className="flex flex-col gap-2">
            {(["KAKAO", "EMAIL"] as const).map((ch) => {
              const disabled = ch === "EMAIL" && !settings.email.verified;
              return (
                <label key={ch} className={`flex items-center gap-2 text-sm ${disabled ? "text-stone-400" : ""}`}>
                  <input type="checkbox" name={`channels.${c.category}`} value={ch} defaultChecked={c.channels.includes(ch)} disabled={disabled} className="h-4 w-4 accent-brand-500" />
                  {c.category === "MARKETING" && ch === "KAKAO" ? "문자 (광고는 알림톡으로 보내지 않아요)" : MEMBER_CHANNEL_LABEL[ch]}
                  {disabled ? <span className="text-xs">(이메일 인증 후 선택)</span> : null}
                </label>
              );
            })}
          </div>
          <FieldMessage error={fieldError(`channels.${c.category}`) ?? (c.category === "SERVICE" ? fieldError("channels") : undefined)} />
        </fieldset>
      ))}

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
