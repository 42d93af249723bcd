// /onboarding – the sign-up step after the first Kakao login: 본인인증 first (docs/identity.md; typed
// details where it is switched off), then the 19+ check and legal agreements. PortOne's window comes
// back here with ?identityVerificationId=… (no personal data), which the 본인인증 step confirms.
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireMember } from "@/lib/auth/page-actor";
import { LEGAL_DOCUMENTS } from "@/lib/members/legal-versions";
import { listPhotosOf } from "@/lib/profiles/photos";
import { Card, PageTitle } from "@/components/ui/card";
import { OnboardingForm } from "@/components/members/onboarding-form";
import { completeOnboardingAction, verifyIdentityAction } from "./actions";
import { identityStatusOf } from "@/lib/identity/identity-status";
import { IdentityVerifyStep } from "@/components/members/identity-verify-step";
import { PhotoManager } from "@/components/profiles/photo-manager";

export const metadata = { title: "가입 정보 입력" };

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v.length <= 200 ? v : null);

export default async function OnboardingPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireMember({ allowOnboarding: true });
  if (actor.status !== "ONBOARDING") redirect("/me");
  const identity = await identityStatusOf(actor.userId);
  const q = await searchParams;
  const returnedId = one(q.identityVerificationId);
  const returned = returnedId ? { identityVerificationId: returnedId, code: one(q.code), pgCode: one(q.pgCode) } : null;
  return (
    <>
      <PageTitle sub="안전한 만남을 위해 본인 정보를 확인해요. 실명과 연락처는 암호화해 보관하고, 다른 회원에게는 공개하지 않아요.">
        가입 정보 입력
      </PageTitle>
      {identity.mode === "refused" ? (
        <p role="alert" className="mb-5 rounded-2xl bg-red-50 p-4 text-sm leading-relaxed text-red-700">
          {identity.message}
        </p>
      ) : identity.mode === "todo" ? (
        <div className="mb-5">
          <IdentityVerifyStep request={identity.request} returned={returned} verify={verifyIdentityAction} />
        </div>
      ) : null}
      {/* photos go to review now, so they are usually approved by the time the profile is saved (docs/photos.md) */}
      <Card className="mb-5">
        <PhotoManager initialPhotos={await listPhotosOf(actor.userId)} />
      </Card>
      {identity.mode === "off" || identity.mode === "verified" ? (
        <OnboardingForm
          verified={identity.mode === "verified" ? identity : null}
          submit={completeOnboardingAction}
          documents={[
            { name: "agreeTerms", label: "이용약관 동의 (필수)", ...LEGAL_DOCUMENTS.terms },
            { name: "agreePrivacy", label: "개인정보 수집·이용 동의 (필수)", ...LEGAL_DOCUMENTS.privacy },
            { name: "agreeRefund", label: "환불정책 동의 (필수)", ...LEGAL_DOCUMENTS.refund },
          ]}
        />
      ) : null}
      <p className="mt-6 text-center text-xs text-stone-500">
        가입이 잘 안 되나요?{" "}
        <Link href="/help" className="underline">
          1:1 문의하기
        </Link>
        {" · "}가입을 그만두시려면{" "}
        <Link href="/me/withdraw" className="underline">
          계정 삭제하기
        </Link>
      </p>
    </>
  );
}
