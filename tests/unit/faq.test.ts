// The FAQ's figures are the app's own facts: every price from the price table, the refund example
// from refundQuote, the consultation counts from the product the member buys.
import { describe, expect, it } from "vitest";
import { faqEntries } from "@/lib/helpdesk/faq";
import { PRODUCTS, formatKrw } from "@/lib/payments/products";
import { refundQuote } from "@/lib/payments/refund-policy";

const text = (id: string) => faqEntries().find((e) => e.id === id)!.answer;

describe("FAQ", () => {
  it("covers price, refunds, verification, safety and withdrawal", () => {
    expect(faqEntries().map((e) => e.id)).toEqual(expect.arrayContaining(["price", "refund", "verification", "safety", "withdrawal"]));
  });

  it("names every product's price from the price table", () => {
    for (const p of PRODUCTS) expect(text("price")).toContain(formatKrw(p.price));
    for (const p of PRODUCTS.filter((x) => x.consultations > 0)) expect(text("price")).toContain(`상담 ${p.consultations}회`);
  });

  it("gives the refund example refundQuote computes", () => {
    const premium = PRODUCTS.filter((p) => p.kind === "MEMBERSHIP").reduce((a, b) => (b.price > a.price ? b : a));
    const start = new Date(0);
    const q = refundQuote({ purpose: "MEMBERSHIP", amount: premium.price, refundedAmount: 0, approvedAt: start, periodStart: start, periodEnd: new Date(premium.durationDays! * 86_400_000), benefitUsed: true }, new Date(30 * 86_400_000));
    expect(q.amount).toBeGreaterThan(0);
    expect(text("refund")).toContain(`${formatKrw(q.amount)}이 환불돼요`);
  });

  it("the product's own benefit line agrees with the consultations it includes", () => {
    for (const p of PRODUCTS.filter((x) => x.consultations > 0)) expect(p.benefits.join(" ")).toContain(`매니저 1:1 상담 ${p.consultations}회`);
  });
});
