// /profile – edit my profile (fields, per-field visibility) and manage my photos.
import { requireMember } from "@/lib/auth/page-actor";
import { KEYWORDS, REGIONS } from "@/lib/profiles/constants";
import { getProfileEditor } from "@/lib/profiles/get-own-profile";
import { listPhotosOf } from "@/lib/profiles/photos";
import { MAX_KEYWORDS } from "@/lib/profiles/schemas";
import { Card, PageTitle } from "@/components/ui/card";
import { ProfileForm } from "@/components/profiles/profile-form";
import { saveProfileAction } from "./actions";
import { PhotoManager } from "@/components/profiles/photo-manager";

export const metadata = { title: "프로필" };

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const actor = await requireMember();
  const { profile, fixed } = await getProfileEditor(actor.userId);
  const { welcome } = await searchParams;
  return (
    <>
      <PageTitle sub="추천받은 분들에게 보이는 프로필이에요. 공개할 항목은 직접 고를 수 있어요.">프로필</PageTitle>
      {welcome ? (
        <p role="status" className="mb-4 rounded-xl bg-emerald-50 p-3 text-sm text-emerald-800">
          가입을 환영해요! 프로필과 이상형 조건을 저장하면 잘 맞는 분을 추천해 드릴게요.
        </p>
      ) : null}
      <Card className="mb-5">
        <PhotoManager initialPhotos={profile?.photos ?? (await listPhotosOf(actor.userId))} />
      </Card>
      <Card>
        <ProfileForm profile={profile} fixed={fixed} regions={REGIONS} keywords={KEYWORDS} maxKeywords={MAX_KEYWORDS} save={saveProfileAction} />
      </Card>
    </>
  );
}
