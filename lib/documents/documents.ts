// The member's verification documents (docs/documents.md): a pre-signed upload under the private
// prefix documents/{userId}/ → submit (the server reads the bytes, sniffs the type from the magic
// bytes, refuses and deletes anything else) → PENDING for the operator's queue. The member sees each
// document's state and their badges, never a URL of the original.
import { z } from "zod";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { logger } from "@/lib/logger";
import { deleteObjects, deletePrefix, getBytes, headObject, presignPhotoUpload } from "@/lib/storage";
import { DOCUMENT_KIND_LABEL, type DocumentKind } from "@/lib/core/document-review";
import { activeBadgesOf } from "./badges";
import {
  MAX_DOCUMENT_BYTES,
  ZDocumentUploadUrlRequest,
  ZDocumentUploadUrlResponse,
  ZMyDocuments,
  ZSubmitDocumentRequest,
  documentKeyOwner,
  documentKeyPrefix,
  newDocumentKey,
  sniffDocumentType,
  type DocumentContentType,
  type MyDocument,
  type MyDocuments,
} from "./document-schemas";

const NOT_UPLOADED = "서류 파일이 끝까지 올라가지 않았어요. 다시 올려 주세요.";
const NOT_A_DOCUMENT = "PDF 또는 JPEG·PNG·WEBP 이미지 파일만 올릴 수 있어요. 파일 이름이 아니라 내용으로 확인해요.";
const TOO_BIG = `서류 파일은 ${MAX_DOCUMENT_BYTES / 1024 / 1024}MB 이하만 올릴 수 있어요.`;

export async function createDocumentUploadUrl({ actor, input }: { actor: Actor; input: { contentType: DocumentContentType; size: number } }) {
  const key = newDocumentKey(actor.userId);
  const upload = await presignPhotoUpload({ key, contentType: input.contentType, contentLength: input.size });
  return { key, uploadUrl: upload.url, headers: upload.headers, expiresAt: upload.expiresAt.toISOString() };
}

/**
 * Submits an uploaded object as a PENDING document of `kind`. The bytes decide: a file that is not a
 * PDF/JPEG/PNG/WEBP by its magic bytes, that claims another type than it is, or that is too big is
 * deleted and refused (422). One document of a kind waits for review at a time (409). Idempotent:
 * submitting the same key again answers the current list.
 */
export async function submitDocument({ actor, input }: { actor: Actor; input: { kind: DocumentKind; key: string } }): Promise<MyDocuments & { submitted: boolean }> {
  const userId = actor.userId;
  if (documentKeyOwner(input.key) !== userId) throw notFound("서류");
  const existing = await prisma.verificationDocument.findUnique({ where: { storageKey: input.key }, select: { userId: true } });
  if (existing) {
    if (existing.userId !== userId) throw notFound("서류");
    return { ...(await listMyDocuments({ actor })), submitted: false };
  }
  if (await prisma.verificationDocument.count({ where: { userId, kind: input.kind, status: "PENDING" } })) {
    await deleteObjects([input.key]);
    throw new AppError("CONFLICT", `${DOCUMENT_KIND_LABEL[input.kind]} 서류는 이미 검토 중이에요. 결과가 나온 뒤 다시 올려 주세요.`);
  }
  const head = await headObject(input.key);
  if (!head) throw new AppError("VALIDATION_FAILED", NOT_UPLOADED);
  if (head.contentLength > MAX_DOCUMENT_BYTES) {
    await deleteObjects([input.key]);
    throw new AppError("VALIDATION_FAILED", TOO_BIG);
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await getBytes(input.key, MAX_DOCUMENT_BYTES);
  } catch (err) {
    if (err instanceof AppError && err.code === "VALIDATION_FAILED") await deleteObjects([input.key]);
    throw err;
  }
  if (!bytes) throw new AppError("VALIDATION_FAILED", NOT_UPLOADED);
  const sniffed = sniffDocumentType(bytes);
  // the stored Content-Type (bound by the upload's signature) must be what the bytes are
  if (!sniffed || (head.contentType !== null && head.contentType !== sniffed)) {
    await deleteObjects([input.key]);
    throw new AppError("VALIDATION_FAILED", NOT_A_DOCUMENT);
  }
  await prisma.verificationDocument.create({ data: { userId, kind: input.kind, storageKey: input.key, contentType: sniffed, size: bytes.length } });
  return { ...(await listMyDocuments({ actor })), submitted: true };
}

/** The member's documents (newest first) and their current badges. */
export async function listMyDocuments({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<MyDocuments> {
  const [rows, badges] = await Promise.all([
    prisma.verificationDocument.findMany({
      where: { userId: actor.userId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: { id: true, kind: true, status: true, fact: true, rejectReason: true, lapseReason: true, createdAt: true, decidedAt: true, validUntil: true, deletedAt: true },
    }),
    activeBadgesOf([actor.userId], now),
  ]);
  const documents: MyDocument[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    fact: (r.fact as MyDocument["fact"]) ?? null,
    rejectReason: r.rejectReason,
    lapseReason: r.lapseReason,
    uploadedAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    validUntil: r.validUntil?.toISOString() ?? null,
    originalDeleted: r.deletedAt !== null,
  }));
  return { documents, badges: badges.get(actor.userId) ?? [] };
}

/** Withdrawal/erasure: every object under the member's document prefix and the document rows. */
export async function deleteAllDocumentsOf(userId: string): Promise<number> {
  const deleted = await deletePrefix(documentKeyPrefix(userId));
  await prisma.verificationDocument.deleteMany({ where: { userId } });
  logger.info({ userId, deleted }, "member documents deleted");
  return deleted;
}

// ── Operations (/api/documents/*) ───────────────────────────────────────────────────────────────

export const createDocumentUploadUrlOperation = defineOperation({
  method: "POST",
  path: "/api/documents/upload-url",
  access: "member",
  tag: "documents",
  summary: "인증 서류 업로드용 pre-signed PUT URL (5분, 비공개 경로)",
  body: ZDocumentUploadUrlRequest,
  output: ZDocumentUploadUrlResponse,
  rateLimit: { name: "document-upload-url", limit: 20, windowMs: 10 * 60_000, by: "actor" },
  run: createDocumentUploadUrl,
});

export const submitDocumentOperation = defineOperation({
  method: "POST",
  path: "/api/documents",
  access: "member",
  tag: "documents",
  summary: "올린 서류를 검토 대기(PENDING)로 제출 (파일 내용으로 형식 확인; 이미 제출한 키면 200)",
  body: ZSubmitDocumentRequest,
  output: ZMyDocuments.extend({ submitted: z.boolean() }),
  status: 201,
  otherStatuses: [200],
  statusOf: (out) => (out.submitted ? 201 : 200),
  rateLimit: { name: "document-submit", limit: 20, windowMs: 10 * 60_000, by: "actor" },
  run: submitDocument,
});

export const listMyDocumentsOperation = defineOperation({
  method: "GET",
  path: "/api/documents",
  access: "member",
  tag: "documents",
  summary: "내 인증 서류와 배지 (검토 상태·반려 사유·유효 기간)",
  output: ZMyDocuments,
  run: listMyDocuments,
});
