// The consultation balance follows the membership (docs/member-service.md): a tier includes the
// consultations the price table says, counted per membership period (the period is identified by the
// membership's expiry at booking time, so a refund or an expiry takes the balance to 0 at once and a
// new purchase starts a fresh count). Cancelled bookings give theirs back.
import type { Db, Tx } from "@/lib/db";
import type { MembershipTier } from "@/lib/generated/prisma/enums";
import { PRODUCTS } from "@/lib/payments/products";

/** hours before the start after which a booking can no longer be cancelled or moved */
export const CONSULTATION_CUTOFF_HOURS = 24;

export const includedConsultations = (tier: MembershipTier): number => PRODUCTS.find((p) => p.kind === "MEMBERSHIP" && p.tier === tier)?.consultations ?? 0;

/** the tier names that include consultations, for "what unlocks it" */
export const tiersWithConsultations = () => PRODUCTS.filter((p) => p.kind === "MEMBERSHIP" && p.consultations > 0);

export type Balance = { included: number; used: number; left: number; unlock: string | null; periodEndsAt: Date | null };

export async function consultationBalance(db: Tx | Db, userId: string, now: Date): Promise<Balance> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { membershipTier: true, membershipExpiresAt: true } });
  const live = user.membershipExpiresAt && user.membershipExpiresAt > now ? user.membershipTier : "FREE";
  const included = includedConsultations(live);
  if (included === 0 || !user.membershipExpiresAt) {
    const offers = tiersWithConsultations().map((p) => `${p.name}에 매니저 1:1 상담 ${p.consultations}회가 포함돼요.`);
    return { included: 0, used: 0, left: 0, unlock: offers.join(" ") || "지금은 상담이 포함된 멤버십이 없어요.", periodEndsAt: null };
  }
  const used = await db.consultationBooking.count({ where: { memberId: userId, periodEndsAt: user.membershipExpiresAt, status: { not: "CANCELLED" } } });
  return { included, used, left: Math.max(0, included - used), unlock: null, periodEndsAt: user.membershipExpiresAt };
}

export const canChange = (startsAt: Date, now: Date) => startsAt.getTime() - now.getTime() > CONSULTATION_CUTOFF_HOURS * 3_600_000;
