// The retention purges of docs/data-retention.md: what is past its period goes, what is not stays —
// checked on both sides of every boundary, through the cron route (today) and with the clock moved on.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { purgeExpiredData, yearsBefore } from "@/lib/jobs/retention";
import { canonicalPair } from "@/lib/matching/pair";
import { cronJobOperation } from "@/lib/jobs/cron-operation";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";

const DAY = 86_400_000;
const now = new Date();
/** `years` years and `days` days before now */
const ago = (years: number, days = 0) => new Date(yearsBefore(now, years).getTime() - days * DAY);

async function tombstone({ withdrawn, bannedAt, phoneHash }: { withdrawn: Date; bannedAt?: Date; phoneHash?: string }) {
  const m = await createMember();
  await prisma.profile.deleteMany({ where: { userId: m.id } });
  await prisma.user.update({ where: { id: m.id }, data: { status: "WITHDRAWN", deletedAt: withdrawn, kakaoId: null, name: null, gender: null, bannedAt: bannedAt ?? null, phoneHash: phoneHash ?? null } });
  await consent(m.id, new Date(withdrawn.getTime() - 400 * DAY));
  return m;
}

const consent = (userId: string, agreedAt: Date) =>
  prisma.consent.create({ data: { userId, termsVersion: "2026-01", privacyVersion: "2026-01", refundVersion: "2026-01", adultConfirmed: true, agreedAt } });

async function payment(userId: string, updatedAt: Date, status: "PAID" | "PENDING" = "PAID") {
  const p = await prisma.payment.create({ data: { userId, purpose: "MATCH_FEE", method: "TOSS", amount: 30000, status, orderId: randomUUID(), orderName: "매칭 이용료" } });
  // @updatedAt is set by the client: back-date it in SQL
  await prisma.$executeRaw`UPDATE "Payment" SET "updatedAt" = ${updatedAt.toISOString()}::timestamptz AT TIME ZONE 'UTC', "createdAt" = ${updatedAt.toISOString()}::timestamptz AT TIME ZONE 'UTC' WHERE id = ${p.id}::uuid`;
  return p;
}

const exists = {
  user: async (id: string) => (await prisma.user.count({ where: { id } })) === 1,
  consentsOf: (userId: string) => prisma.consent.count({ where: { userId } }),
  payment: async (id: string) => (await prisma.payment.count({ where: { id } })) === 1,
  report: async (id: string) => (await prisma.report.count({ where: { id } })) === 1,
  bannedPhone: async (phoneHash: string) => (await prisma.bannedPhone.count({ where: { phoneHash } })) === 1,
};

beforeEach(async () => {
  await prisma.$executeRawUnsafe(`TRUNCATE "User", "BannedPhone", "JobRun" CASCADE`);
});

describe("retention-purge", () => {
  it("purges what is past its period and keeps the rest (GET /api/cron/retention-purge)", async () => {
    const live = await createMember();
    await consent(live.id, ago(10)); // a member's consent is kept while they are a member

    // tombstones: past 5 years and unreferenced → gone with what cascades; within 5 years → kept
    const old = await tombstone({ withdrawn: ago(5, 1) });
    await prisma.like.create({ data: { fromId: old.id, toId: live.id, batchWeek: "2020-W01" } });
    const oldMatch = await prisma.match.create({ data: { ...canonicalPair(old.id, live.id), status: "CLOSED", closedReason: "WITHDRAWN" } });
    await prisma.exposureLog.create({ data: { userId: live.id, targetId: old.id, batchWeek: "2020-W01" } });
    const recent = await tombstone({ withdrawn: ago(5, -1) });

    // payments: 5 years from the last change; a payment keeps its payer's tombstone
    const paid = await tombstone({ withdrawn: ago(6) });
    const keptPayment = await payment(paid.id, ago(5, -1));
    const paidLongAgo = await tombstone({ withdrawn: ago(6) });
    const oldPayment = await payment(paidLongAgo.id, ago(5, 1));

    // reports: 3 years from handling; unhandled ones stay (and keep the reported tombstone)
    const reported = await tombstone({ withdrawn: ago(7) });
    const handledOld = await prisma.report.create({ data: { reporterId: live.id, reportedId: paid.id, reason: "OTHER", handled: true, handledAt: ago(3, 1), createdAt: ago(3, 10) } });
    const handledRecent = await prisma.report.create({ data: { reporterId: live.id, reportedId: paid.id, reason: "OTHER", handled: true, handledAt: ago(3, -1) } });
    const unhandled = await prisma.report.create({ data: { reporterId: live.id, reportedId: reported.id, reason: "FAKE_PROFILE", createdAt: ago(8) } });

    // bans: 5 years from the ban, in BannedPhone and on the banned tombstone
    await prisma.bannedPhone.createMany({ data: [{ phoneHash: "h-old", createdAt: ago(5, 1) }, { phoneHash: "h-recent", createdAt: ago(5, -1) }, { phoneHash: "h-banned-long-ago", createdAt: ago(2) }] });
    const banned = await tombstone({ withdrawn: ago(2), bannedAt: ago(5, 1), phoneHash: "h-banned-long-ago" });
    const bannedRecently = await tombstone({ withdrawn: ago(2), bannedAt: ago(1), phoneHash: "h-recent" });

    // the scheduler's own rows: 90 days
    await prisma.jobRun.createMany({
      data: [
        { job: "x", dueAt: new Date(now.getTime() - 91 * DAY), status: "SUCCEEDED", instanceId: "i", leaseUntil: now, startedAt: now },
        { job: "x", dueAt: new Date(now.getTime() - 89 * DAY), status: "SUCCEEDED", instanceId: "i", leaseUntil: now, startedAt: now },
      ],
    });

    const res = await callOp(cronJobOperation, { as: "cron", params: { job: "retention-purge" } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      job: "retention-purge",
      incomplete: false,
      summary: { payments: 1, reports: 1, consents: 4, bannedPhones: 2, tombstonePhoneHashes: 1, bannedIdentities: 0, tombstoneCiHashes: 0, tombstones: 2, jobRuns: 1 },
    });

    expect(await exists.user(old.id)).toBe(false);
    expect(await prisma.match.count({ where: { id: oldMatch.id } })).toBe(0);
    expect(await prisma.like.count({ where: { fromId: old.id } })).toBe(0);
    expect(await prisma.exposureLog.count({ where: { targetId: old.id } })).toBe(0);
    expect(await exists.user(paidLongAgo.id)).toBe(false);
    expect(await exists.payment(oldPayment.id)).toBe(false);

    expect(await exists.user(live.id)).toBe(true);
    expect(await exists.consentsOf(live.id)).toBe(1);
    expect(await exists.user(recent.id)).toBe(true);
    expect(await exists.consentsOf(recent.id)).toBe(1);
    expect(await exists.user(paid.id)).toBe(true);
    expect(await exists.consentsOf(paid.id)).toBe(0);
    expect(await exists.payment(keptPayment.id)).toBe(true);
    expect(await exists.report(handledOld.id)).toBe(false);
    expect(await exists.report(handledRecent.id)).toBe(true);
    expect(await exists.report(unhandled.id)).toBe(true);
    expect(await exists.user(reported.id)).toBe(true);

    expect(await exists.bannedPhone("h-old")).toBe(false);
    expect(await exists.bannedPhone("h-banned-long-ago")).toBe(false);
    expect(await exists.bannedPhone("h-recent")).toBe(true);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: banned.id }, select: { phoneHash: true } })).phoneHash).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: bannedRecently.id }, select: { phoneHash: true } })).phoneHash).toBe("h-recent");
    expect(await prisma.jobRun.count()).toBe(1);

    // idempotent: a second run today finds nothing
    const again = await purgeExpiredData({ now, budgetMs: 60_000 });
    expect(again).toEqual({ payments: 0, reports: 0, consents: 0, bannedPhones: 0, tombstonePhoneHashes: 0, bannedIdentities: 0, tombstoneCiHashes: 0, tombstones: 0, jobRuns: 0, incomplete: false });

    // two years on, the recent ones have reached their periods too
    const later = await purgeExpiredData({ now: new Date(now.getTime() + 2 * 366 * DAY), budgetMs: 60_000 });
    expect(later).toMatchObject({ reports: 1, payments: 1, bannedPhones: 1 });
    expect(await exists.user(recent.id)).toBe(false);
    expect(await exists.report(handledRecent.id)).toBe(false);
    expect(await exists.user(paid.id)).toBe(false); // its payment and its reports are gone now
    expect(await exists.user(reported.id)).toBe(true); // an unhandled report still names it
    expect(await exists.user(live.id)).toBe(true);
  });

  it("keeps a tombstone that a non-cascading reference (an admin action) still names", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const live = await createMember();
    await prisma.adminAction.create({ data: { adminId: admin.id, action: "TEST", targetType: "User", targetId: live.id } });
    await prisma.user.update({ where: { id: admin.id }, data: { status: "WITHDRAWN", deletedAt: ago(9) } });
    const plain = await tombstone({ withdrawn: ago(9) });
    const summary = await purgeExpiredData({ now, budgetMs: 60_000 });
    expect(summary.tombstones).toBe(1);
    expect(await exists.user(plain.id)).toBe(false);
    expect(await exists.user(admin.id)).toBe(true);
  });

  it("stops at its time budget and says so", async () => {
    await tombstone({ withdrawn: ago(9) });
    const summary = await purgeExpiredData({ now, budgetMs: 0 });
    expect(summary).toMatchObject({ incomplete: true, tombstones: 0, consents: 0 });
    expect(await prisma.user.count({ where: { status: "WITHDRAWN" } })).toBe(1);
  });
});
