// /me/documents – the member's verification documents and badges (docs/documents.md): upload a
// document per kind, see each one's review state, and what the badges show to others.
import Link from "next/link";
import { requireMember } from "@/lib/auth/page-actor";
import { listMyDocuments } from "@/lib/documents/documents";
import { DOCUMENT_ORIGINAL_DAYS } from "@/lib/core/document-review";
import { Card, PageTitle } from "@/components/ui/card";
import { DocumentManager } from "@/components/documents/document-manager";
import { VerifiedBadges } from "@/components/documents/verified-badges";

export const metadata = { title: "인증 배지" };
export const dynamic = "force-dynamic";

export default async function MyDocumentsPage() {
  const actor = await requireMember();
  const { documents, badges } = await listMyDocuments({ actor });
  return (
    <>
      <PageTitle sub="서류로 확인된 정보는 프로필 카드에 배지로 보여요. 서류 자체는 다른 회원에게 절대 보이지 않아요.">인증 배지</PageTitle>
      <Card className="mb-4">
        <h2 className="mb-2 text-sm font-semibold text-stone-700">내 배지</h2>
        {badges.length > 0 ? <VerifiedBadges badges={badges} size="md" /> : <p className="text-sm text-stone-500">아직 인증된 배지가 없어요.</p>}
        <p className="mt-3 text-xs text-stone-500">
          소득 배지는 <Link href="/profile" className="underline">프로필</Link>에서 ‘소득 배지’ 공개를 켠 경우에만, 재직 배지는 직업을 공개한 경우에만 다른 회원에게 보여요.
          직업을 바꾸면 재직 배지는 다시 인증해야 해요.
        </p>
      </Card>
      <Card>
        <DocumentManager documents={documents} />
      </Card>
      <p className="mt-4 text-xs leading-relaxed text-stone-500">
        PDF 또는 사진(JPEG·PNG·WEBP), 10MB 이하. 주민등록번호 뒷자리는 가리고 올려 주세요. 올린 서류는 운영팀만 열람할 수 있고, 열람할 때마다 기록이 남아요.
        원본은 검토가 끝나고 {DOCUMENT_ORIGINAL_DAYS}일 뒤 삭제되고, 인증 결과(항목과 날짜)만 남아요.
      </p>
    </>
  );
}
