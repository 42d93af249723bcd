// The one price table: membership tiers and the match fee.
// Prices are integers in KRW, VAT included, and are read only on the server: a payment's amount and
// order name always come from here, never from the client.
import type { MembershipTier } from "@/lib/generated/prisma/enums";
import { TIER_LABEL } from "@/lib/core/labels";

export type ProductKind = "MEMBERSHIP" | "MATCH_FEE";

/** "베이직 멤버십" (the tier names: TIER_LABEL in lib/core/labels.ts), or "일반 회원" without one */
export const membershipLabel = (tier: MembershipTier) => (tier === "FREE" ? "일반 회원" : `${TIER_LABEL[tier]} 멤버십`);

export type Product = {
  id: string;
  kind: ProductKind;
  name: string;
  /** KRW, VAT included */
  price: number;
  /** membership length; null for the one-off match fee */
  durationDays: number | null;
  tier: Exclude<MembershipTier, "FREE"> | null;
  /** what the purchase unlocks, in the member's words */
  benefits: string[];
  /** weekly recommendations a member of this tier receives */
  weeklyRecommendations: number | null;
  /** manager 1:1 consultations included per membership period (lib/consultations/balance.ts) */
  consultations: number;
};

export const PRODUCTS: readonly Product[] = [
  {
    id: "membership-basic-90d",
    kind: "MEMBERSHIP",
    name: "베이직 멤버십 (3개월)",
    price: 99_000,
    durationDays: 90,
    tier: "BASIC",
    benefits: ["매주 추천 12명 (일반 회원 10명)", "멤버십 기간 3개월"],
    weeklyRecommendations: 12,
    consultations: 0,
  },
  {
    id: "membership-premium-180d",
    kind: "MEMBERSHIP",
    name: "프리미엄 멤버십 (6개월)",
    price: 290_000,
    durationDays: 180,
    tier: "PREMIUM",
    benefits: ["매주 추천 15명 (일반 회원 10명)", "매니저 1:1 상담 2회", "멤버십 기간 6개월"],
    weeklyRecommendations: 15,
    consultations: 2,
  },
  {
    id: "match-fee",
    kind: "MATCH_FEE",
    name: "매칭 이용료",
    price: 50_000,
    durationDays: null,
    tier: null,
    benefits: ["서로 좋아요를 보내 매칭이 성사된 뒤 결제하면, 매칭이 확정되고 연락처가 공개돼요"],
    weeklyRecommendations: null,
    consultations: 0,
  },
] as const;

export const MATCH_FEE_PRODUCT_ID = "match-fee";
/** weekly recommendations of a member without an unexpired membership */
export const FREE_WEEKLY_RECOMMENDATIONS = 10;

export function findProduct(id: string): Product | undefined {
  return PRODUCTS.find((p) => p.id === id);
}

export const formatKrw = (amount: number) => `${amount.toLocaleString("ko-KR")}원`;
