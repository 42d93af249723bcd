// What a match page adds for money and contact: the pay box while PENDING, the contact card while
// ACTIVE, the contact-sharing consent for a member who has not given it yet, and once CLOSED the
// refund of the member's fee (lib/refunds). Loads its own data
// through the use cases (participants only; getMatch already proved the caller is one).
import type { Actor } from "@/lib/core/actor";
import { getMatchContact } from "@/lib/matching/contact";
import { getContactConsent } from "@/lib/matching/contact-consent";
import type { MatchDto } from "@/lib/matching/schemas";
import { getMatchFeeStatus } from "@/lib/payments/match-fee-status";
import type { FormAction } from "@/lib/core/form";
import { MatchFeeCard, type MatchFeeActions } from "@/components/payments/match-fee-card";
import { RefundStatus } from "@/components/refunds/refund-status";
import { getMatchRefund } from "@/lib/refunds/match-refund";
import { ContactCard } from "./contact-card";
import { ContactConsentForm } from "./contact-consent-form";

/** `actions`: the page's (app/(member)/matches/[id]/actions.ts), handed down to the forms */
export async function MatchMoneySection({ actor, match, actions }: { actor: Actor; match: MatchDto; actions: MatchFeeActions & { giveConsent: FormAction; setRefundAccount: FormAction } }) {
  if (match.status === "CLOSED") {
    // what happened to the fee the caller paid: refunded, on its way, or waiting for their account
    const mine = await getMatchRefund({ actor, matchId: match.id });
    return mine ? (
      <div className="mt-4" data-testid="match-refund">
        <RefundStatus refund={mine.refund} method={mine.method} setAccount={actions.setRefundAccount} />
      </div>
    ) : null;
  }
  const consent = await getContactConsent(actor.userId);
  if (match.status === "ACTIVE") {
    // the one row this render writes is the record that the number was shown (a record of this read,
    // required for every disclosure, exactly as GET /api/matches/{id}/contact writes it): no member state changes
    const contact = await getMatchContact({ actor, input: { id: match.id } });
    return (
      <div className="mt-4 space-y-4">
        <ContactCard contact={contact} />
        {consent.agreed ? null : <ContactConsentForm giveConsent={actions.giveConsent} />}
      </div>
    );
  }
  const fee = await getMatchFeeStatus({ actor, matchId: match.id });
  return (
    <div className="mt-4 space-y-4">
      <MatchFeeCard matchId={match.id} fee={fee} actions={actions} />
      {consent.agreed ? (
        <p className="px-1 text-xs text-stone-500" data-testid="contact-consent-given">
          연락처 제공에 동의했어요. 매칭이 확정되고 상대방도 동의하면 서로의 휴대폰 번호가 공개돼요.
        </p>
      ) : (
        <ContactConsentForm giveConsent={actions.giveConsent} />
      )}
    </div>
  );
}
