// /matches/[id] – one match (participants only; anyone else gets the 404 page). The page does only the
// cheap visibility check before anything is sent, so an unknown or hidden match answers HTTP 404; the
// rest (profile, contact, money, after-match sections) renders inside a Suspense boundary whose
// skeleton shows while it loads (no loading.tsx: it would stream the 404 as a 200).
import { Suspense } from "react";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/core/actor";
import { requireMember } from "@/lib/auth/page-actor";
import { AppError } from "@/lib/core/errors";
import { getMatch, matchVisibleTo } from "@/lib/matching/get-match";
import { contactState } from "@/lib/matching/contact-state";
import { ZMatchIdParams } from "@/lib/matching/schemas";
import { ButtonLink } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/card";
import { MemberLoading } from "@/components/ui/member-loading";
import { MatchDetail } from "@/components/matching/match-detail";
import { MatchMoneySection } from "@/components/matching/match-money-section";
import { MatchAfterSection } from "@/components/matching/match-after-section";
import { blockMemberAction, reportMemberAction } from "../../safety-actions";
import { giveContactConsentAction, payMatchFeeByCardAction, payMatchFeeByTransferAction, submitMatchFeedbackAction } from "./actions";
import { setRefundAccountAction } from "../../me/payments/actions";

const moneyActions = { payByCard: payMatchFeeByCardAction, payByTransfer: payMatchFeeByTransferAction, giveConsent: giveContactConsentAction, setRefundAccount: setRefundAccountAction };
const afterActions = { feedback: submitMatchFeedbackAction, block: blockMemberAction, report: reportMemberAction };

export const metadata = { title: "매칭 상세" };

export default async function MatchPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireMember();
  const parsed = ZMatchIdParams.safeParse(await params);
  if (!parsed.success) notFound();
  if (!(await matchVisibleTo(actor, parsed.data.id))) notFound();
  return (
    <Suspense fallback={<MemberLoading />}>
      <MatchBody actor={actor} id={parsed.data.id} />
    </Suspense>
  );
}

async function MatchBody({ actor, id }: { actor: Actor; id: string }) {
  const detail = await getMatch({ actor, input: { id } }).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  return (
    <>
      <PageTitle>{detail.otherProfile ? `${detail.otherProfile.nickname}님과의 매칭` : "매칭 상세"}</PageTitle>
      <MatchDetail detail={detail} contact={detail.match.status === "ACTIVE" ? await contactState(actor, detail.match.id) : null} />
      <MatchMoneySection actor={actor} match={detail.match} actions={moneyActions} />
      <MatchAfterSection actor={actor} detail={detail} actions={afterActions} />
      <ButtonLink href="/matches" variant="secondary" className="mt-6 w-full">
        매칭 목록으로 돌아가기
      </ButtonLink>
    </>
  );
}
