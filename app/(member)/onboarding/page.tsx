// /onboarding – the sign-up step after the first Kakao login: identity, 19+ check and legal agreements.
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireMember } from "@/lib/auth/page-actor";
import { LEGAL_DOCUMENTS } from "@/lib/members/legal-versions";
import { listPhotosOf } from "@/lib/profiles/photos";
import { Card, PageTitle } from "@/components/ui/card";
import { OnboardingForm } from "@/components/members/onboarding-form";
import { completeOnboardingAction } from "./actions";
import { PhotoManager } from "@/components/profiles/photo-manager";

export const metadata = { title: "가입 정보 입력" };

export default async function OnboardingPage() {
  const actor = await requireMember({ allowOnboarding: true });
  if (actor.status !== "ONBOARDING") redirect("/me");
  return (
    <>
      <PageTitle sub="안전한 만남을 위해 본인 정보를 확인해요. 실명과 연락처는 암호화해 보관하고, 다른 회원에게는 공개하지 않아요.">
        가입 정보 입력
      </PageTitle>
      {/* photos go to review now, so they are usually approved by the time the profile is saved (docs/photos.md) */}
      <Card className="mb-5">
        <PhotoManager initialPhotos={await listPhotosOf(actor.userId)} />
      </Card>
      <OnboardingForm
        submit={completeOnboardingAction}
        documents={[
          { name: "agreeTerms", label: "이용약관 동의 (필수)", ...LEGAL_DOCUMENTS.terms },
          { name: "agreePrivacy", label: "개인정보 수집·이용 동의 (필수)", ...LEGAL_DOCUMENTS.privacy },
          { name: "agreeRefund", label: "환불정책 동의 (필수)", ...LEGAL_DOCUMENTS.refund },
        ]}
      />
      <p className="mt-6 text-center text-xs text-stone-500">
        가입을 그만두시려면{" "}
        <Link href="/me/withdraw" className="underline">
          계정 삭제하기
        </Link>
      </p>
    </>
  );
}
