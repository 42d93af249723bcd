// How many recommendations a member receives per week: the unexpired membership tier's
// `weeklyRecommendations` (lib/payments/products.ts), else FREE_WEEKLY_RECOMMENDATIONS.
import type { MembershipTier } from "@/lib/generated/prisma/enums";
import { FREE_WEEKLY_RECOMMENDATIONS, PRODUCTS } from "@/lib/payments/products";

const BY_TIER = new Map<MembershipTier, number>();
for (const p of PRODUCTS) if (p.tier && p.weeklyRecommendations) BY_TIER.set(p.tier, Math.max(BY_TIER.get(p.tier) ?? 0, p.weeklyRecommendations));

/**
 * `at` is the week's start (Monday 00:00 KST): a membership counts for the week when it has not
 * expired by then (no expiry date = unexpired). The same answer for every call of one week.
 */
export function weeklyQuota(tier: MembershipTier | null | undefined, expiresAt: Date | null | undefined, at: Date): number {
  if (!tier || tier === "FREE") return FREE_WEEKLY_RECOMMENDATIONS;
  if (expiresAt && expiresAt.getTime() <= at.getTime()) return FREE_WEEKLY_RECOMMENDATIONS;
  return BY_TIER.get(tier) ?? FREE_WEEKLY_RECOMMENDATIONS;
}

/** the largest quota of any tier (bounds a list's length) */
export const MAX_WEEKLY_QUOTA = Math.max(FREE_WEEKLY_RECOMMENDATIONS, ...BY_TIER.values());
