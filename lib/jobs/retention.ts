// The retention purges promised by docs/data-retention.md, run daily by the job "retention-purge"
// (lib/jobs/registry.ts). Each purge is a set-based DELETE/UPDATE in bounded batches (a batch is one
// statement, so a crash leaves no half-purged row) and is idempotent; the job stops at its time
// budget and reports `incomplete` so the next invocation continues.
//
// Order matters: payments, reports and consents go first, so the tombstones they kept alive can go
// in the same run. A tombstone (a WITHDRAWN User row) is deleted only when nothing that must be kept
// still references it: the non-cascading foreign keys to "User" are read from the catalog, so a
// table added later that references members without ON DELETE CASCADE keeps its tombstones too.
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";

/** retention periods (docs/data-retention.md, "Kept, and why") */
export const RETENTION = {
  /** 전자상거래법 시행령 제6조: 대금결제·청약철회 기록 5년 — from the payment's last change */
  paymentYears: 5,
  /** 소비자 불만·분쟁처리 기록 3년 — from handling; unhandled reports are kept */
  reportYears: 3,
  /** proof of consent: 5 years after the member's withdrawal */
  consentYears: 5,
  /** ban enforcement: 5 years from the ban */
  bannedPhoneYears: 5,
  /** the tombstone itself: at least as long as its consents, then as long as anything references it */
  tombstoneYears: 5,
  /** the scheduler's own bookkeeping */
  jobRunDays: 90,
} as const;

const BATCH = 5_000;

export type RetentionSummary = {
  payments: number;
  reports: number;
  consents: number;
  bannedPhones: number;
  tombstonePhoneHashes: number;
  bannedIdentities: number;
  tombstoneCiHashes: number;
  tombstones: number;
  jobRuns: number;
  incomplete: boolean;
};

export function yearsBefore(now: Date, years: number): Date {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d;
}

/** `timestamp(3)` columns hold UTC: the instant is converted explicitly */
const ts = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

const quote = (ident: string) => `"${ident.replace(/"/g, '""')}"`;

/** Every foreign key column referencing "User"(id) that does not cascade on delete: its rows keep a tombstone. */
async function keepingReferences(): Promise<{ table: string; column: string }[]> {
  return prisma.$queryRaw<{ table: string; column: string }[]>`
    SELECT src.relname::text AS "table", att.attname::text AS "column"
      FROM pg_constraint con
      JOIN pg_class src ON src.oid = con.conrelid
      JOIN pg_class dst ON dst.oid = con.confrelid
      JOIN pg_namespace ns ON ns.oid = dst.relnamespace
      JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = con.conkey[1]
     WHERE con.contype = 'f' AND dst.relname = 'User' AND ns.nspname = current_schema()
       AND con.confdeltype NOT IN ('c', 'n') AND array_length(con.conkey, 1) = 1
     ORDER BY 1, 2`;
}

export async function purgeExpiredData({ now, budgetMs }: { now: Date; budgetMs: number }): Promise<RetentionSummary> {
  const deadline = Date.now() + budgetMs;
  const summary: RetentionSummary = { payments: 0, reports: 0, consents: 0, bannedPhones: 0, tombstonePhoneHashes: 0, bannedIdentities: 0, tombstoneCiHashes: 0, tombstones: 0, jobRuns: 0, incomplete: false };

  /** runs `statement` (which touches at most BATCH rows) until it touches fewer, or the budget is spent */
  async function drain(key: Exclude<keyof RetentionSummary, "incomplete">, statement: () => Promise<number>) {
    for (;;) {
      if (Date.now() >= deadline) {
        summary.incomplete = true;
        return;
      }
      const n = await statement();
      summary[key] += n;
      if (n < BATCH) return;
    }
  }

  const paymentCutoff = ts(yearsBefore(now, RETENTION.paymentYears));
  await drain("payments", () => prisma.$executeRaw`
    DELETE FROM "Payment" WHERE "id" IN (
      SELECT "id" FROM "Payment" WHERE "updatedAt" < ${paymentCutoff} AND "status" <> 'PENDING' LIMIT ${BATCH})`);

  const reportCutoff = ts(yearsBefore(now, RETENTION.reportYears));
  await drain("reports", () => prisma.$executeRaw`
    DELETE FROM "Report" WHERE "id" IN (
      SELECT "id" FROM "Report" WHERE "handled" AND "handledAt" < ${reportCutoff} LIMIT ${BATCH})`);

  const consentCutoff = ts(yearsBefore(now, RETENTION.consentYears));
  await drain("consents", () => prisma.$executeRaw`
    DELETE FROM "Consent" WHERE "id" IN (
      SELECT c."id" FROM "Consent" c JOIN "User" u ON u."id" = c."userId"
       WHERE u."status" = 'WITHDRAWN' AND u."deletedAt" < ${consentCutoff} LIMIT ${BATCH})`);

  // a ban is enforced through BannedPhone and the banned tombstone's own phoneHash: both end together
  const banCutoff = ts(yearsBefore(now, RETENTION.bannedPhoneYears));
  await drain("bannedPhones", () => prisma.$executeRaw`
    DELETE FROM "BannedPhone" WHERE "phoneHash" IN (
      SELECT b."phoneHash" FROM "BannedPhone" b
       WHERE b."createdAt" < ${banCutoff}
          OR EXISTS (SELECT 1 FROM "User" u WHERE u."phoneHash" = b."phoneHash" AND u."status" = 'WITHDRAWN' AND u."bannedAt" < ${banCutoff})
       LIMIT ${BATCH})`);
  await drain("bannedIdentities", () => prisma.$executeRaw`
    DELETE FROM "BannedIdentity" WHERE "ciHash" IN (
      SELECT b."ciHash" FROM "BannedIdentity" b
       WHERE b."createdAt" < ${banCutoff}
          OR EXISTS (SELECT 1 FROM "User" u WHERE u."ciHash" = b."ciHash" AND u."status" = 'WITHDRAWN' AND u."bannedAt" < ${banCutoff})
       LIMIT ${BATCH})`);
  await drain("tombstoneCiHashes", () => prisma.$executeRaw`
    UPDATE "User" SET "ciHash" = NULL WHERE "id" IN (
      SELECT "id" FROM "User"
       WHERE "status" = 'WITHDRAWN' AND "ciHash" IS NOT NULL AND COALESCE("bannedAt", "deletedAt") < ${banCutoff} LIMIT ${BATCH})`);
  await drain("tombstonePhoneHashes", () => prisma.$executeRaw`
    UPDATE "User" SET "phoneHash" = NULL WHERE "id" IN (
      SELECT "id" FROM "User"
       WHERE "status" = 'WITHDRAWN' AND "phoneHash" IS NOT NULL AND COALESCE("bannedAt", "deletedAt") < ${banCutoff} LIMIT ${BATCH})`);

  const tombstoneCutoff = yearsBefore(now, RETENTION.tombstoneYears);
  const keepers = (await keepingReferences()).map((r) => `AND NOT EXISTS (SELECT 1 FROM ${quote(r.table)} k WHERE k.${quote(r.column)} = u."id")`).join("\n         ");
  // the rest (profile, consents, likes, matches with their feedback and disclosures, exposure logs,
  // notifications…) goes with the tombstone through ON DELETE CASCADE
  await drain("tombstones", () => prisma.$executeRawUnsafe(`
    DELETE FROM "User" WHERE "id" IN (
      SELECT u."id" FROM "User" u
       WHERE u."status" = 'WITHDRAWN' AND u."deletedAt" < ($1::timestamptz AT TIME ZONE 'UTC')
         ${keepers}
       LIMIT ${BATCH})`, tombstoneCutoff.toISOString()));

  const jobRunCutoff = new Date(now.getTime() - RETENTION.jobRunDays * 86_400_000);
  await drain("jobRuns", () => prisma.$executeRaw`
    DELETE FROM "JobRun" WHERE "id" IN (
      SELECT "id" FROM "JobRun" WHERE "dueAt" < ${ts(jobRunCutoff)} AND "status" <> 'RUNNING' LIMIT ${BATCH})`);

  return summary;
}
