// GET /api/products use case (public): membership tiers and the match fee, from the one price table
// (products.ts). Prices are KRW integers, VAT included.
import { defineOperation } from "@/lib/core/operation";
import { PRODUCTS } from "./products";
import { ZProductList } from "./schemas";

export function listProducts() {
  return {
    products: PRODUCTS.map((p) => ({ ...p, benefits: [...p.benefits], currency: "KRW" as const, vatIncluded: true as const })),
    refundPolicyUrl: "/refund-policy",
  };
}

export const listProductsOperation = defineOperation({
  method: "GET",
  path: "/api/products",
  access: "public",
  tag: "payments",
  summary: "상품과 가격 (멤버십 등급, 매칭 이용료; 원, 부가세 포함)",
  output: ZProductList,
  run: async () => listProducts(),
});
