// The job "purge-document-originals" (docs/data-retention.md, docs/documents.md): the original of a
// decided document is deleted from storage DOCUMENT_ORIGINAL_DAYS after the decision. The row stays
// (kind, fact, dates: the badge's record) with deletedAt set. Storage goes first, then the row, so a
// crash in between retries the (idempotent) delete next run; bounded per run.
import { prisma } from "@/lib/db";
import { deleteObjects } from "@/lib/storage";
import { DOCUMENT_ORIGINAL_DAYS } from "@/lib/core/document-review";

const BATCH = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function purgeDocumentOriginals({ now, budgetMs = 60_000 }: { now: Date; budgetMs?: number }): Promise<{ deleted: number; incomplete: boolean }> {
  const started = Date.now();
  const cutoff = new Date(now.getTime() - DOCUMENT_ORIGINAL_DAYS * DAY_MS);
  let deleted = 0;
  for (;;) {
    const rows = await prisma.verificationDocument.findMany({
      where: { deletedAt: null, status: { not: "PENDING" }, decidedAt: { lte: cutoff } },
      orderBy: { decidedAt: "asc" },
      take: BATCH,
      select: { id: true, storageKey: true },
    });
    if (rows.length === 0) return { deleted, incomplete: false };
    await deleteObjects(rows.map((r) => r.storageKey));
    const { count } = await prisma.verificationDocument.updateMany({ where: { id: { in: rows.map((r) => r.id) }, deletedAt: null }, data: { deletedAt: now } });
    deleted += count;
    if (rows.length < BATCH) return { deleted, incomplete: false };
    if (Date.now() - started > budgetMs) return { deleted, incomplete: true };
  }
}
