// The job "purge-document-originals" (docs/data-retention.md, docs/documents.md): the original of a
// decided document is deleted from storage DOCUMENT_ORIGINAL_DAYS after the decision. The row stays
// (kind, fact, dates: the badge's record) with deletedAt set. Storage goes first, then the row, so a
// crash in between retries the (idempotent) delete next run; bounded per run. Also sweeps uploads
// that were never submitted (a closed tab between the PUT and the submit): objects under documents/
// older than a day that no row points at, and 1:1 문의 screenshot uploads (inquiries/{memberId}/upload/…)
// older than a day: a sent screenshot's upload is deleted when it is stored, so any left is abandoned.
import { prisma } from "@/lib/db";
import { deleteObjects, listObjects } from "@/lib/storage";
import { DOCUMENT_ORIGINAL_DAYS } from "@/lib/core/document-review";

const BATCH = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function purgeDocumentOriginals({ now, budgetMs = 60_000 }: { now: Date; budgetMs?: number }): Promise<{ deleted: number; orphans: number; incomplete: boolean }> {
  const orphans = await sweepOrphanUploads(now);
  return { ...(await purgeDecided(now, budgetMs)), orphans };
}

/** uploads younger than this may still be on their way to the submit call */
const ORPHAN_AFTER_MS = DAY_MS;

async function sweepOrphanUploads(now: Date): Promise<number> {
  const stale = (o: { lastModified: Date | null }) => o.lastModified !== null && o.lastModified.getTime() <= now.getTime() - ORPHAN_AFTER_MS;
  const screenshots = (await listObjects("inquiries/")).filter((o) => stale(o) && /^inquiries\/[^/]+\/upload\//.test(o.key)).map((o) => o.key);
  await deleteObjects(screenshots);
  const old = (await listObjects("documents/")).filter(stale);
  if (old.length === 0) return screenshots.length;
  const known = new Set(
    (await prisma.verificationDocument.findMany({ where: { storageKey: { in: old.map((o) => o.key) } }, select: { storageKey: true } })).map((r) => r.storageKey),
  );
  const orphans = old.map((o) => o.key).filter((k) => !known.has(k));
  await deleteObjects(orphans);
  return orphans.length + screenshots.length;
}

async function purgeDecided(now: Date, budgetMs: number): Promise<{ deleted: number; incomplete: boolean }> {
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
