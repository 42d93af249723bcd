// The review queues' lengths for the admin dashboard (GET /api/admin/queues): photos, verification
// documents — and, once identity verification lands, its exception queue (add its count here and a
// card on app/admin/page.tsx, next to the other two).
import { z } from "zod";
import { defineOperation } from "@/lib/core/operation";
import { countPendingPhotos } from "./photo-queue";
import { countPendingDocuments } from "./document-queue";

export const ZReviewQueueCounts = z.object({ photos: z.number().int(), documents: z.number().int() });
export type ReviewQueueCounts = z.infer<typeof ZReviewQueueCounts>;

export async function countReviewQueues(): Promise<ReviewQueueCounts> {
  const [photos, documents] = await Promise.all([countPendingPhotos(), countPendingDocuments()]);
  return { photos, documents };
}

export const countReviewQueuesOperation = defineOperation({
  method: "GET",
  path: "/api/admin/queues",
  access: "admin",
  tag: "admin",
  summary: "검토 대기열 건수 (사진, 인증 서류)",
  output: ZReviewQueueCounts,
  run: countReviewQueues,
});
