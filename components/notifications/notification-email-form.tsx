"use client";
// The optional e-mail address for notifications (verified by a link before anything is sent to it),
// and the button on the link's landing page that confirms it.
import type { FormAction } from "@/lib/core/form";
import type { NotificationSettingsDto } from "@/lib/notifications/settings-schemas";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

export function NotificationEmailForm({ email, save }: { email: NotificationSettingsDto["email"]; save: FormAction }) {
  const { state, onSubmit, pending, fieldError } = useFormAction(save);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="알림 받을 이메일">
      <h2 className="text-sm font-medium text-stone-800">알림 받을 이메일 (선택)</h2>
      <p className="text-xs text-stone-500" data-testid="notification-email-status">
        {email.masked
          ? email.verified
            ? `${email.masked} · 인증 완료`
            : `${email.masked} · 인증 메일의 버튼을 눌러 주세요`
          : "등록한 이메일이 없어요. 이메일로도 받고 싶다면 주소를 적어 주세요."}
      </p>
      <FormMessage state={state} />
      <Field label="이메일 주소" htmlFor="notification-email" error={fieldError("email")} hint="비워서 저장하면 등록한 주소를 지워요.">
        <Input id="notification-email" name="email" type="email" autoComplete="email" inputMode="email" placeholder="name@example.com" />
      </Field>
      <Button type="submit" variant="secondary" className="w-full" disabled={pending}>
        {pending ? "보내는 중…" : "인증 메일 받기"}
      </Button>
    </form>
  );
}

export function VerifyEmailForm({ token, verify }: { token: string; verify: FormAction }) {
  const { state, onSubmit, pending } = useFormAction(verify);
  if (state.ok) {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <ButtonLink href="/me/notifications" className="w-full">
          알림 설정으로 가기
        </ButtonLink>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="이메일 인증">
      <input type="hidden" name="token" value={token} />
      <p className="text-sm text-stone-700">아래 버튼을 누르면 이 이메일 주소로도 알림을 받을 수 있어요.</p>
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={pending || !token}>
        {pending ? "확인하는 중…" : "이메일 인증 완료하기"}
      </Button>
    </form>
  );
}
