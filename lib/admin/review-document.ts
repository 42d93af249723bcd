// POST /api/admin/documents/{id}/review: an operator approves a PENDING verification document with
// the fact it proves (one of the fixed list of its kind) or rejects it with one of the fixed reasons
// (docs/documents.md). The decision (with the badge's validity), its audit row and the member's
// notification commit together; a document already decided is a 409.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { notify } from "@/lib/notifications/notify";
import { recordAdminAction } from "@/lib/core/audit";
import { DOCUMENT_FACT_KEYS, DOCUMENT_REJECT_REASON_KEYS, DOCUMENT_VALIDITY_DAYS, factKind } from "@/lib/core/document-review";
import { ZIdParams } from "./schemas";

export const ZReviewDocumentBody = z
  .object({
    decision: z.enum(["APPROVE", "REJECT"], { error: "승인 또는 반려를 골라 주세요." }),
    /** the fact the document proves: required to approve, from its kind's list */
    fact: z.enum(DOCUMENT_FACT_KEYS, { error: "증명하는 내용을 목록에서 골라 주세요." }).optional(),
    /** one of the fixed reasons: required to reject */
    reason: z.enum(DOCUMENT_REJECT_REASON_KEYS, { error: "반려 사유를 목록에서 골라 주세요." }).optional(),
  })
  .refine((b) => (b.decision === "APPROVE" ? b.fact !== undefined && b.reason === undefined : b.reason !== undefined && b.fact === undefined), {
    message: "승인할 때는 증명 내용을, 반려할 때는 사유를 하나만 골라 주세요.",
    path: ["decision"],
  });
export type ReviewDocumentInput = { id: string } & z.infer<typeof ZReviewDocumentBody>;
export const ZReviewDocumentResult = z.object({
  id: z.string(),
  status: z.enum(["APPROVED", "REJECTED"]),
  fact: z.enum(DOCUMENT_FACT_KEYS).nullable(),
  rejectReason: z.enum(DOCUMENT_REJECT_REASON_KEYS).nullable(),
  validUntil: z.string().nullable(),
});

const DAY_MS = 24 * 60 * 60 * 1000;
const decided = () => new AppError("CONFLICT", "이미 처리된 서류입니다. 대기열을 새로 불러옵니다.");

export async function reviewDocument({ actor, input, now = new Date() }: { actor: Actor; input: ReviewDocumentInput; now?: Date }) {
  const doc = await prisma.verificationDocument.findUnique({ where: { id: input.id }, select: { id: true, userId: true, kind: true, status: true } });
  if (!doc) throw notFound("서류");
  if (doc.status !== "PENDING") throw decided();
  const approve = input.decision === "APPROVE";
  const fact = approve ? (input.fact ?? null) : null;
  if (approve && (!fact || factKind(fact) !== doc.kind)) {
    throw new AppError("VALIDATION_FAILED", "이 서류 종류에 맞는 증명 내용을 골라 주세요.", { fields: { fact: ["이 서류 종류에 맞는 증명 내용을 골라 주세요."] } });
  }
  const rejectReason = approve ? null : (input.reason ?? null);
  const status = approve ? ("APPROVED" as const) : ("REJECTED" as const);
  const days = DOCUMENT_VALIDITY_DAYS[doc.kind];
  const validUntil = approve && days !== null ? new Date(now.getTime() + days * DAY_MS) : null;

  await prisma.$transaction(async (tx) => {
    const { count } = await tx.verificationDocument.updateMany({ where: { id: doc.id, status: "PENDING" }, data: { status, fact, rejectReason, decidedAt: now, validUntil } });
    if (count !== 1) throw decided();
    await recordAdminAction(tx, {
      adminId: actor.userId,
      action: approve ? "DOCUMENT_APPROVED" : "DOCUMENT_REJECTED",
      targetType: "VerificationDocument",
      targetId: doc.id,
      detail: { memberId: doc.userId, kind: doc.kind, before: "PENDING", after: status, ...(fact ? { fact } : {}), ...(rejectReason ? { reason: rejectReason } : {}) },
    });
    await notify(tx, [
      {
        userId: doc.userId,
        kind: approve ? "DOCUMENT_APPROVED" : "DOCUMENT_REJECTED",
        payload: { documentId: doc.id, kind: doc.kind, ...(fact ? { fact } : {}), ...(rejectReason ? { reason: rejectReason } : {}) },
        dedupeKey: `document:${doc.id}`,
      },
    ]);
  });
  return { id: doc.id, status, fact: fact as (typeof DOCUMENT_FACT_KEYS)[number] | null, rejectReason, validUntil: validUntil?.toISOString() ?? null };
}

export const reviewDocumentOperation = defineOperation({
  method: "POST",
  path: "/api/admin/documents/{id}/review",
  access: "admin",
  tag: "admin",
  summary: "인증 서류 승인(증명 내용 선택) 또는 반려(정해진 사유), 감사 기록과 회원 알림",
  params: ZIdParams,
  body: ZReviewDocumentBody,
  output: ZReviewDocumentResult,
  run: reviewDocument,
});
