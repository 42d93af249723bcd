// /admin/photos – the photo review queue: pending photos oldest first, one key press per decision.
import { requireAdmin } from "@/lib/auth/page-actor";
import { listPhotoQueue } from "@/lib/admin/photo-queue";
import { PageTitle } from "@/components/ui/card";
import { PhotoQueue } from "@/components/admin/photo-queue";
import { reviewPhotoAction } from "./actions";

export const metadata = { title: "사진 검토" };
export const dynamic = "force-dynamic";

export default async function AdminPhotosPage() {
  await requireAdmin();
  const queue = await listPhotoQueue();
  return (
    <>
      <PageTitle sub="오래된 사진부터 보여 줍니다. 승인된 사진만 다른 회원에게 보이고, 승인된 사진이 한 장 이상인 회원만 추천됩니다.">
        사진 검토 <span className="text-base font-medium text-stone-500">대기 {queue.pending.toLocaleString("ko-KR")}장</span>
      </PageTitle>
      <PhotoQueue items={queue.items} review={reviewPhotoAction} />
    </>
  );
}
