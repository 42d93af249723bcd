// /admin/documents – the verification document queue: pending documents oldest first, one key press
// per decision; opening a document is audited (docs/documents.md).
import { requireAdmin } from "@/lib/auth/page-actor";
import { listDocumentQueue } from "@/lib/admin/document-queue";
import { PageTitle } from "@/components/ui/card";
import { DocumentQueue } from "@/components/admin/document-queue";
import { reviewDocumentAction, viewDocumentAction } from "./actions";

export const metadata = { title: "서류 검토" };
export const dynamic = "force-dynamic";

export default async function AdminDocumentsPage() {
  await requireAdmin();
  const queue = await listDocumentQueue();
  return (
    <>
      <PageTitle sub="오래된 서류부터 보여 줍니다. 서류를 열 때마다 감사 로그에 남고, 원본은 결정 30일 뒤 삭제됩니다. 승인할 때는 서류가 증명하는 내용을 고릅니다.">
        서류 검토 <span className="text-base font-medium text-stone-500">대기 {queue.pending.toLocaleString("ko-KR")}건</span>
      </PageTitle>
      <DocumentQueue items={queue.items} review={reviewDocumentAction} view={viewDocumentAction} />
    </>
  );
}
