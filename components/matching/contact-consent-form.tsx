"use client";
// Asks a member who has not yet agreed for the separate consent to show their phone number to the
// partner once the match is confirmed (the legally required notice shown in full).
import type { FormAction } from "@/lib/core/form";
import { CONTACT_CONSENT_LABEL } from "@/lib/matching/contact-consent-text";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { ContactConsentTerms } from "./contact-consent-terms";

/** `giveConsent`: the page's action (POST /api/me/contact-consent) */
export function ContactConsentForm({ giveConsent }: { giveConsent: FormAction }) {
  const { state, onSubmit, pending } = useFormAction(giveConsent);
  return (
    <Card className="space-y-3">
      <p className="font-semibold">연락처 제공 동의가 필요해요</p>
      <p className="text-sm text-stone-600">매칭이 확정되면 두 분 모두 동의한 경우에만 서로의 휴대폰 번호가 공개돼요.</p>
      <ContactConsentTerms />
      <form onSubmit={onSubmit} className="space-y-3" noValidate>
        <label className="flex items-start gap-2 text-sm text-stone-700">
          <input type="checkbox" name="agree" className="mt-0.5 h-4 w-4 accent-brand-500" />
          <span>{CONTACT_CONSENT_LABEL.replace("(선택) ", "")}</span>
        </label>
        <FormMessage state={state} />
        <Button type="submit" className="w-full" disabled={pending}>
          동의하기
        </Button>
      </form>
    </Card>
  );
}
