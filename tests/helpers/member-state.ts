// Integration-test probes for the members feature: the full User row (PII columns included) and
// row counts of every table a member route may write, to prove "bad input writes nothing".
import { prisma } from "@/lib/db";

export async function userRow(id: string) {
  return prisma.user.findUniqueOrThrow({ where: { id }, omit: { realNameEnc: false, phoneEnc: false, phoneHash: false } });
}

/** The User row without the columns any authenticated request touches (activity tracking). */
export async function stableUserRow(id: string) {
  const row: Partial<Awaited<ReturnType<typeof userRow>>> = { ...(await userRow(id)) };
  delete row.lastActiveAt;
  delete row.updatedAt;
  return row;
}

export async function tableCounts() {
  const [users, consents, profiles, preferences, blocks, reports, bannedPhones, matches, payments, accounts] = await Promise.all([
    prisma.user.count(),
    prisma.consent.count(),
    prisma.profile.count(),
    prisma.preference.count(),
    prisma.block.count(),
    prisma.report.count(),
    prisma.bannedPhone.count(),
    prisma.match.count(),
    prisma.payment.count(),
    prisma.account.count(),
  ]);
  return { users, consents, profiles, preferences, blocks, reports, bannedPhones, matches, payments, accounts };
}

/** "YYYY-MM-DD" for the Seoul calendar day `years` years (and `days` days) before today. */
export function seoulDateYearsAgo(years: number, days = 0): string {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(new Date()).split("-").map(Number);
  const date = new Date(Date.UTC(y - years, m - 1, d));
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}
