// The legally required notice of the contact-sharing consent (제3자 제공: 받는 자, 목적, 항목, 기간, 거부권).
import { CONTACT_CONSENT_TERMS } from "@/lib/matching/contact-consent-text";

export function ContactConsentTerms() {
  return (
    <dl className="grid grid-cols-[6.5rem_1fr] gap-x-2 gap-y-1 rounded-xl bg-stone-50 p-3 text-xs text-stone-600">
      {CONTACT_CONSENT_TERMS.map((t) => (
        <div key={t.label} className="contents">
          <dt className="font-medium text-stone-700">{t.label}</dt>
          <dd>{t.value}</dd>
        </div>
      ))}
    </dl>
  );
}
