// Membership arithmetic, pure (tests/unit/membership-period.test.ts): what a purchase grants and
// what a refund takes back. Rules:
// - a purchase appends its duration to the member's paid time: the period starts at the later of now
//   and the current expiry, so renewing early never loses days;
// - the tier is the higher of the purchased tier and a tier still running (buying BASIC while
//   PREMIUM runs does not downgrade it);
// - a refund removes what is left of that payment's period (the part not yet used): the expiry moves
//   back by that much; once no paid time is left, the member is FREE again.
import type { MembershipTier } from "@/lib/generated/prisma/enums";

const DAY_MS = 86_400_000;
const RANK: Record<MembershipTier, number> = { FREE: 0, BASIC: 1, PREMIUM: 2 };
export const higherTier = (a: MembershipTier, b: MembershipTier): MembershipTier => (RANK[a] >= RANK[b] ? a : b);

export type MembershipState = { tier: MembershipTier; expiresAt: Date | null };

/** A tier whose expiry passed counts as FREE. */
export function activeTier(state: MembershipState, now: Date): MembershipTier {
  return state.tier !== "FREE" && state.expiresAt && state.expiresAt > now ? state.tier : "FREE";
}

export function grantMembership(state: MembershipState, purchase: { tier: Exclude<MembershipTier, "FREE">; durationDays: number }, now: Date) {
  const running = activeTier(state, now);
  const periodStart = running !== "FREE" && state.expiresAt ? state.expiresAt : now;
  const periodEnd = new Date(periodStart.getTime() + purchase.durationDays * DAY_MS);
  return { tier: higherTier(running, purchase.tier), expiresAt: periodEnd, periodStart, periodEnd };
}

/**
 * After refunding a payment that granted [periodStart, periodEnd): the unused part of that period is
 * removed from the member's expiry. `remainingTiers` are the tiers of the member's OTHER paid,
 * unrefunded memberships whose periods have not ended: the tier falls back to the highest of them.
 */
export function revertMembership(
  state: MembershipState,
  granted: { periodStart: Date; periodEnd: Date },
  remainingTiers: MembershipTier[],
  now: Date,
): MembershipState {
  const unusedFrom = granted.periodStart > now ? granted.periodStart : now;
  const unused = Math.max(0, granted.periodEnd.getTime() - unusedFrom.getTime());
  const expiresAt = state.expiresAt ? new Date(state.expiresAt.getTime() - unused) : null;
  if (!expiresAt || expiresAt <= now) return { tier: "FREE", expiresAt: null };
  const tier = remainingTiers.reduce<MembershipTier>(higherTier, "FREE");
  return tier === "FREE" ? { tier: "FREE", expiresAt: null } : { tier, expiresAt };
}
