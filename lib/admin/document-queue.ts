// The admin document queue (docs/documents.md): PENDING verification documents, oldest first, with
// what the operator needs beside them (the member's profile job, their other documents). No URL of a
// document here: opening one is its own audited operation (view-document.ts).
import { z } from "zod";
import { prisma } from "@/lib/db";
import { defineOperation } from "@/lib/core/operation";
import { DOCUMENT_FACT_KEYS, DOCUMENT_KINDS, DOCUMENT_REJECT_REASON_KEYS } from "@/lib/core/document-review";

/** one screen of decisions; the page reloads the queue as it empties */
export const DOCUMENT_QUEUE_PAGE = 30;

const ZOtherDocument = z.object({
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  status: z.enum(["PENDING", "APPROVED", "REJECTED", "LAPSED"]),
  fact: z.enum(DOCUMENT_FACT_KEYS).nullable(),
  rejectReason: z.enum(DOCUMENT_REJECT_REASON_KEYS).nullable(),
});
export const ZDocumentQueueItem = z.object({
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  contentType: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
  member: z.object({ id: z.string(), nickname: z.string().nullable(), gender: z.enum(["M", "F"]).nullable(), job: z.string().nullable() }),
  /** the member's other documents, newest first */
  others: z.array(ZOtherDocument),
});
export type DocumentQueueItem = z.infer<typeof ZDocumentQueueItem>;
export const ZDocumentQueue = z.object({ items: z.array(ZDocumentQueueItem), pending: z.number().int() });
export type DocumentQueue = z.infer<typeof ZDocumentQueue>;

/** How many documents wait for review (the dashboard's count). */
export function countPendingDocuments(): Promise<number> {
  return prisma.verificationDocument.count({ where: { status: "PENDING" } });
}

/** Admin-only: the operation's access rule and the page guard (requireAdmin) decide who may call it. */
export async function listDocumentQueue(): Promise<DocumentQueue> {
  const [pending, rows] = await Promise.all([
    countPendingDocuments(),
    prisma.verificationDocument.findMany({
      where: { status: "PENDING" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: DOCUMENT_QUEUE_PAGE,
      select: {
        id: true,
        userId: true,
        kind: true,
        contentType: true,
        size: true,
        createdAt: true,
        user: { select: { id: true, name: true, gender: true, profile: { select: { nickname: true, job: true } } } },
      },
    }),
  ]);
  const others = await prisma.verificationDocument.findMany({
    where: { userId: { in: [...new Set(rows.map((r) => r.userId))] } },
    orderBy: [{ createdAt: "desc" }],
    select: { id: true, userId: true, kind: true, status: true, fact: true, rejectReason: true },
  });
  const items = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    contentType: r.contentType,
    size: r.size,
    uploadedAt: r.createdAt.toISOString(),
    member: { id: r.user.id, nickname: r.user.profile?.nickname ?? r.user.name, gender: r.user.gender, job: r.user.profile?.job ?? null },
    others: others
      .filter((o) => o.userId === r.userId && o.id !== r.id)
      .map((o) => ({ id: o.id, kind: o.kind, status: o.status, fact: (o.fact as (typeof DOCUMENT_FACT_KEYS)[number] | null) ?? null, rejectReason: o.rejectReason })),
  }));
  return { items, pending };
}

export const listDocumentQueueOperation = defineOperation({
  method: "GET",
  path: "/api/admin/documents",
  access: "admin",
  tag: "admin",
  summary: "인증 서류 검토 대기열 (오래된 순, 회원의 다른 서류 포함; 문서 URL 없음)",
  output: ZDocumentQueue,
  run: listDocumentQueue,
});
