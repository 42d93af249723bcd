// The refund policy (lib/payments/refund-policy.ts): the rows of /refund-policy as examples, and the
// invariants every caller relies on as properties — never negative, never more than is left of the
// payment, never more as time passes, everything back when the meeting failed through no fault.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NO_FAULT_CLOSE_REASONS, refundQuote, REFUND_POLICY, type RefundInput } from "@/lib/payments/refund-policy";

const DAY = 86_400_000;
const now = new Date("2026-12-02T00:00:00Z");
const at = (days: number) => new Date(now.getTime() + days * DAY);

describe("refundQuote: the policy's rows", () => {
  const base = { amount: 99_000, refundedAmount: 0, periodStart: at(-30), periodEnd: at(60), approvedAt: at(-30) } as const;
  it("membership: 청약철회 within 7 days when no benefit was used; else used days and a 10% penalty deducted", () => {
    const fresh = { ...base, purpose: "MEMBERSHIP", approvedAt: at(-3), periodStart: at(-3), periodEnd: at(87) } as const;
    expect(refundQuote({ ...fresh, benefitUsed: false }, now)).toMatchObject({ amount: 99_000, ruleId: "MEMBERSHIP_WITHDRAWAL" });
    expect(refundQuote({ ...fresh, benefitUsed: true }, now)).toMatchObject({ amount: 99_000 - 3_300 - 9_900, ruleId: "MEMBERSHIP_PRO_RATA" });
    // unknown benefit use is not assumed unused: the operator sees the pro-rata figure
    expect(refundQuote(fresh, now).ruleId).toBe("MEMBERSHIP_PRO_RATA");
    expect(refundQuote({ ...base, purpose: "MEMBERSHIP", benefitUsed: false }, now)).toEqual({ amount: 99_000 - 33_000 - 9_900, rule: "이용 30일분과 위약금 10% 공제", ruleId: "MEMBERSHIP_PRO_RATA" });
  });
  it("a stacked membership whose period has not started yet keeps only the penalty", () => {
    expect(refundQuote({ ...base, purpose: "MEMBERSHIP", approvedAt: at(-10), periodStart: at(20), periodEnd: at(110), benefitUsed: true }, now).amount).toBe(99_000 - 9_900);
  });
  it("match fee: full before activation and after a no-fault close, 80% after activation; never more than is left", () => {
    const fee = { ...base, amount: 50_000, purpose: "MATCH_FEE" } as const;
    expect(refundQuote({ ...fee, matchStatus: "PENDING" }, now)).toMatchObject({ amount: 50_000, ruleId: "MATCH_BEFORE_ACTIVATION" });
    expect(refundQuote({ ...fee, matchStatus: "ACTIVE" }, now)).toMatchObject({ amount: 40_000, ruleId: "MATCH_AFTER_ACTIVATION" });
    for (const reason of NO_FAULT_CLOSE_REASONS) expect(refundQuote({ ...fee, matchStatus: "CLOSED", matchClosedReason: reason }, now)).toMatchObject({ amount: 50_000, ruleId: "NO_FAULT" });
    expect(refundQuote({ ...fee, refundedAmount: 45_000, matchStatus: "ACTIVE" }, now).amount).toBe(5_000);
    expect(refundQuote({ ...fee, refundedAmount: 50_000, matchStatus: "ACTIVE" }, now)).toMatchObject({ amount: 0, ruleId: "ALREADY_REFUNDED" });
  });
  it("the policy's numbers are the page's numbers", () => {
    expect(REFUND_POLICY).toEqual({ withdrawalDays: 7, membershipPenaltyRate: 0.1, matchFeeAfterActivationRate: 0.8, companyFaultCompensationRate: 0.2 });
  });
});

const arbPayment: fc.Arbitrary<RefundInput> = fc
  .record({
    purpose: fc.constantFrom("MATCH_FEE", "MEMBERSHIP") as fc.Arbitrary<"MATCH_FEE" | "MEMBERSHIP">,
    amount: fc.integer({ min: 1, max: 2_000_000 }),
    refundedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    approvedDaysAgo: fc.integer({ min: 0, max: 400 }),
    startOffset: fc.integer({ min: 0, max: 200 }),
    durationDays: fc.integer({ min: 1, max: 365 }),
    matchStatus: fc.constantFrom("PENDING", "ACTIVE", "CLOSED", null) as fc.Arbitrary<RefundInput["matchStatus"]>,
    matchClosedReason: fc.constantFrom(null, "EXPIRED", ...NO_FAULT_CLOSE_REASONS),
    benefitUsed: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((r) => {
    const approvedAt = at(-r.approvedDaysAgo);
    const periodStart = new Date(approvedAt.getTime() + r.startOffset * DAY);
    return {
      purpose: r.purpose,
      amount: r.amount,
      refundedAmount: Math.floor(r.amount * r.refundedShare),
      approvedAt,
      periodStart: r.purpose === "MEMBERSHIP" ? periodStart : null,
      periodEnd: r.purpose === "MEMBERSHIP" ? new Date(periodStart.getTime() + r.durationDays * DAY) : null,
      matchStatus: r.purpose === "MATCH_FEE" ? r.matchStatus : null,
      matchClosedReason: r.matchStatus === "CLOSED" ? r.matchClosedReason : null,
      benefitUsed: r.benefitUsed,
    };
  });

describe("refundQuote: invariants", () => {
  it("is an integer between 0 and what is left of the payment", () => {
    fc.assert(
      fc.property(arbPayment, fc.integer({ min: -5, max: 500 }), (p, days) => {
        const q = refundQuote(p, at(days));
        expect(Number.isInteger(q.amount)).toBe(true);
        expect(q.amount).toBeGreaterThanOrEqual(0);
        expect(q.amount).toBeLessThanOrEqual(p.amount - p.refundedAmount);
      }),
    );
  });
  it("never gives more back later than earlier (monotone in time used)", () => {
    fc.assert(
      fc.property(arbPayment, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (p, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(refundQuote(p, at(late)).amount).toBeLessThanOrEqual(refundQuote(p, at(early)).amount);
      }),
    );
  });
  it("a benefit used never raises the refund", () => {
    fc.assert(
      fc.property(arbPayment, fc.integer({ min: 0, max: 400 }), (p, days) => {
        expect(refundQuote({ ...p, benefitUsed: true }, at(days)).amount).toBeLessThanOrEqual(refundQuote({ ...p, benefitUsed: false }, at(days)).amount);
      }),
    );
  });
  it("a match that ended through no fault of the payer gives back everything that is left", () => {
    fc.assert(
      fc.property(arbPayment, fc.constantFrom(...NO_FAULT_CLOSE_REASONS), fc.integer({ min: 0, max: 400 }), (p, reason, days) => {
        const q = refundQuote({ ...p, purpose: "MATCH_FEE", matchStatus: "CLOSED", matchClosedReason: reason }, at(days));
        expect(q.amount).toBe(p.amount - p.refundedAmount);
      }),
    );
  });
  it("what was already refunded is never refunded again: quote + refunded ≤ paid", () => {
    fc.assert(
      fc.property(arbPayment, fc.integer({ min: 0, max: 400 }), (p, days) => {
        const q = refundQuote(p, at(days));
        const after = refundQuote({ ...p, refundedAmount: p.refundedAmount + q.amount }, at(days));
        expect(p.refundedAmount + q.amount + after.amount).toBeLessThanOrEqual(p.amount);
      }),
    );
  });
});
