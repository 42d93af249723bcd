// The contact an ACTIVE match discloses: the partner's phone number once both consented, or what is
// still missing. Rendered only for the two participants (the use case decides).
import type { MatchContact } from "@/lib/matching/contact";
import { Card } from "@/components/ui/card";

export function ContactCard({ contact }: { contact: MatchContact }) {
  const name = contact.partner.nickname ?? "상대방";
  return (
    <Card className="border-emerald-200 bg-emerald-50/40" aria-label="상대방 연락처">
      <p className="text-sm font-semibold text-emerald-800">{name}님의 연락처</p>
      {contact.partner.phone ? (
        <>
          <a href={`tel:${contact.partner.phone.replaceAll("-", "")}`} className="mt-2 block text-2xl font-extrabold tracking-wide text-stone-900" data-testid="partner-phone">
            {contact.partner.phone}
          </a>
          <p className="mt-2 text-xs text-stone-500">연락처는 만남 약속을 위해서만 사용해 주세요. 매칭이 종료되면 더 이상 표시되지 않아요.</p>
        </>
      ) : (
        <p className="mt-2 text-sm text-stone-700">
          {!contact.consent.mine ? "아래에서 연락처 제공에 동의하면 서로의 연락처가 공개돼요." : `${name}님의 연락처 제공 동의를 기다리고 있어요. 동의하면 바로 표시돼요.`}
        </p>
      )}
    </Card>
  );
}
