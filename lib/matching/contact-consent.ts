// POST and DELETE /api/me/contact-consent use cases: a member gives, or withdraws, the separate consent
// to show their phone number to the partner of an ACTIVE match (contact-consent-text.ts). Given at
// onboarding for new members; existing members are asked on the match page before their first
// activation. Each change is a row (agreedAt / revokedAt), so the history proves what was agreed when.
import { z } from "zod";
import { prisma, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { strictObject } from "@/lib/core/parse";
import { CONTACT_CONSENT_VERSION } from "./contact-consent-text";

export const ZContactConsentRequest = strictObject({ agree: z.literal(true, { error: "연락처 제공에 동의해 주세요." }) });
export const ZContactConsentDto = z.object({ agreed: z.boolean(), version: z.string().nullable(), agreedAt: z.string().nullable() });
export type ContactConsentDto = z.infer<typeof ZContactConsentDto>;

type Db = Tx | typeof prisma;

/** The consent in force for each of `userIds` (the latest row not revoked). */
export async function consentingUserIds(userIds: string[], db: Db = prisma): Promise<Set<string>> {
  const rows = await db.contactConsent.findMany({ where: { userId: { in: userIds }, revokedAt: null }, select: { userId: true } });
  return new Set(rows.map((r) => r.userId));
}

export async function getContactConsent(userId: string, db: Db = prisma): Promise<ContactConsentDto> {
  const row = await db.contactConsent.findFirst({ where: { userId, revokedAt: null }, orderBy: { agreedAt: "desc" }, select: { version: true, agreedAt: true } });
  return { agreed: !!row, version: row?.version ?? null, agreedAt: row?.agreedAt.toISOString() ?? null };
}

/** Records the consent (a no-op when one is already in force). `source`: ONBOARDING or MATCH_PAGE. */
export async function recordContactConsent(db: Db, userId: string, source: "ONBOARDING" | "MATCH_PAGE", now: Date) {
  const current = await db.contactConsent.findFirst({ where: { userId, revokedAt: null }, select: { id: true } });
  if (!current) await db.contactConsent.create({ data: { userId, version: CONTACT_CONSENT_VERSION, source, agreedAt: now }, select: { id: true } });
}

export async function giveContactConsent({ actor, now = new Date() }: { actor: Actor; input?: unknown; now?: Date }) {
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.userId}::uuid FOR NO KEY UPDATE`; // one row even for a double click
    await recordContactConsent(tx, actor.userId, "MATCH_PAGE", now);
  });
  return { consent: await getContactConsent(actor.userId) };
}

export async function revokeContactConsent({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  await prisma.contactConsent.updateMany({ where: { userId: actor.userId, revokedAt: null }, data: { revokedAt: now } });
  return { consent: await getContactConsent(actor.userId) };
}

const ZConsentResponse = z.object({ consent: ZContactConsentDto });

export const giveContactConsentOperation = defineOperation({
  method: "POST",
  path: "/api/me/contact-consent",
  access: "member",
  tag: "matching",
  summary: "연락처 제3자 제공 동의 (매칭 확정 상대에게 휴대폰 번호 공개)",
  body: ZContactConsentRequest,
  output: ZConsentResponse,
  run: giveContactConsent,
});

export const revokeContactConsentOperation = defineOperation({
  method: "DELETE",
  path: "/api/me/contact-consent",
  access: "member",
  tag: "matching",
  summary: "연락처 제3자 제공 동의 철회 (이후 상대에게 더 이상 공개되지 않음)",
  output: ZConsentResponse,
  run: revokeContactConsent,
});
