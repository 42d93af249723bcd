// Badges derived from approved verification documents (docs/documents.md): one per kind, the latest
// APPROVED document whose validity has not ended. What another member sees of them respects the
// owner's visibility flags (toPublicProfile in lib/profiles/public-profile.ts); a badge lapses when its profile field changes
// (lapseOnProfileEdit) or its validity ends (lapseExpiredBadges, a job).
import { prisma, type Tx } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import {
  DOCUMENT_KINDS,
  DOCUMENT_PROFILE_FIELD,
  type DocumentProfileField,
  factKind,
  factLabel,
  type Badge,
  type DocumentFact,
  type DocumentKind,
} from "@/lib/core/document-review";

const approvedNow = (now: Date) => ({ status: "APPROVED" as const, fact: { not: null }, OR: [{ validUntil: null }, { validUntil: { gt: now } }] });

/** Each member's badges, in kind order (재직, 학력, 혼인관계, 소득). One query for all members. */
export async function activeBadgesOf(userIds: readonly string[], now = new Date()): Promise<Map<string, Badge[]>> {
  const out = new Map<string, Badge[]>();
  if (userIds.length === 0) return out;
  const rows = await prisma.verificationDocument.findMany({
    where: { userId: { in: [...new Set(userIds)] }, ...approvedNow(now) },
    orderBy: [{ decidedAt: "desc" }],
    select: { userId: true, kind: true, fact: true },
  });
  for (const r of rows) {
    const list = out.get(r.userId) ?? [];
    out.set(r.userId, list);
    // the latest approval of a kind wins; a fact that is not of the row's kind is never shown
    if (list.some((b) => b.kind === r.kind) || !r.fact || factKind(r.fact) !== r.kind) continue;
    list.push({ kind: r.kind, fact: r.fact as DocumentFact, label: factLabel(r.fact)! });
  }
  for (const list of out.values()) list.sort((a, b) => DOCUMENT_KINDS.indexOf(a.kind) - DOCUMENT_KINDS.indexOf(b.kind));
  return out;
}

/**
 * A profile edit changed `field`: every APPROVED badge resting on it lapses (the document proved the
 * old value), in the caller's transaction, with a notification. Returns how many lapsed.
 */
export async function lapseOnProfileEdit(tx: Tx, userId: string, fields: readonly DocumentProfileField[], now = new Date()): Promise<number> {
  if (fields.length === 0) return 0;
  const kinds = DOCUMENT_KINDS.filter((k) => fields.includes(DOCUMENT_PROFILE_FIELD[k]));
  return lapse(tx, { userId, kind: { in: kinds } }, "PROFILE_EDITED", now);
}

/** The job "lapse-document-badges": approved badges whose validity ended become LAPSED and the member is told. */
export async function lapseExpiredBadges({ now }: { now: Date }): Promise<{ lapsed: number }> {
  const lapsed = await prisma.$transaction((tx) => lapse(tx, { validUntil: { lte: now } }, "EXPIRED", now));
  return { lapsed };
}

async function lapse(tx: Tx, where: { userId?: string; kind?: { in: DocumentKind[] }; validUntil?: { lte: Date } }, reason: "PROFILE_EDITED" | "EXPIRED", now: Date): Promise<number> {
  const rows = await tx.verificationDocument.findMany({ where: { ...where, status: "APPROVED" }, select: { id: true, userId: true, kind: true } });
  if (rows.length === 0) return 0;
  await tx.verificationDocument.updateMany({ where: { id: { in: rows.map((r) => r.id) }, status: "APPROVED" }, data: { status: "LAPSED", lapsedAt: now, lapseReason: reason } });
  await notify(
    tx,
    rows.map((r) => ({ userId: r.userId, kind: "DOCUMENT_LAPSED" as const, payload: { documentId: r.id, kind: r.kind, reason }, dedupeKey: `document-lapsed:${r.id}` })),
  );
  return rows.length;
}
