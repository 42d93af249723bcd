// The review queues' lengths for the admin dashboard (GET /api/admin/queues): identity-verification
// exceptions, photos and verification documents.
import { z } from "zod";
import { defineOperation } from "@/lib/core/operation";
import { countPendingPhotos } from "./photo-queue";
import { countPendingDocuments } from "./document-queue";
import { countOpenIdentityExceptions } from "@/lib/identity/exceptions";

export const ZReviewQueueCounts = z.object({ identity: z.number().int(), photos: z.number().int(), documents: z.number().int() });
export type ReviewQueueCounts = z.infer<typeof ZReviewQueueCounts>;

export async function countReviewQueues(): Promise<ReviewQueueCounts> {
  const [identity, photos, documents] = await Promise.all([countOpenIdentityExceptions(), countPendingPhotos(), countPendingDocuments()]);
  return { identity, photos, documents };
}

export const countReviewQueuesOperation = defineOperation({
  method: "GET",
  path: "/api/admin/queues",
  access: "admin",
  tag: "admin",
  summary: "검토 대기열 건수 (본인인증 예외, 사진, 인증 서류)",
  output: ZReviewQueueCounts,
  run: countReviewQueues,
});
