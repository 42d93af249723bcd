// POST /api/admin/documents/{id}/view: an operator opens a verification document. Every opening
// writes an audit row (DOCUMENT_VIEWED) before the URL is handed out, and the URL is a pre-signed GET
// valid for DOCUMENT_VIEW_TTL_SECONDS only (docs/documents.md). A POST, because it records something.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { recordAdminAction } from "@/lib/core/audit";
import { presignPrivateGet } from "@/lib/storage";
import { ZIdParams } from "./schemas";

/** long enough to load a PDF on a slow line, short enough that a copied URL is useless soon after */
export const DOCUMENT_VIEW_TTL_SECONDS = 60;

export const ZDocumentView = z.object({ url: z.string().url(), contentType: z.string(), expiresAt: z.string() });

export async function viewDocument({ actor, input }: { actor: Actor; input: { id: string } }) {
  const doc = await prisma.verificationDocument.findUnique({ where: { id: input.id }, select: { id: true, userId: true, kind: true, status: true, storageKey: true, contentType: true, deletedAt: true } });
  if (!doc) throw notFound("서류");
  if (doc.deletedAt) throw new AppError("CONFLICT", "보존 기간이 지나 원본 서류를 삭제했습니다.");
  await recordAdminAction(prisma, {
    adminId: actor.userId,
    action: "DOCUMENT_VIEWED",
    targetType: "VerificationDocument",
    targetId: doc.id,
    detail: { memberId: doc.userId, kind: doc.kind, status: doc.status },
  });
  const { url, expiresAt } = await presignPrivateGet(doc.storageKey, { ttlSeconds: DOCUMENT_VIEW_TTL_SECONDS, contentType: doc.contentType });
  return { url, contentType: doc.contentType, expiresAt: expiresAt.toISOString() };
}

export const viewDocumentOperation = defineOperation({
  method: "POST",
  path: "/api/admin/documents/{id}/view",
  access: "admin",
  tag: "admin",
  summary: "인증 서류 열람 (감사 기록 후 60초짜리 pre-signed URL)",
  params: ZIdParams,
  output: ZDocumentView,
  rateLimit: { name: "admin-document-view", limit: 300, windowMs: 10 * 60_000, by: "actor" },
  run: viewDocument,
});
