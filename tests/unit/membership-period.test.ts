// Membership arithmetic (lib/payments/membership-period.ts) and payment ids: pure functions, no
// database. The refund policy has its own file (refund-policy.test.ts).
import { describe, expect, it } from "vitest";
import { activeTier, grantMembership, revertMembership } from "@/lib/payments/membership-period";
import { DEPOSIT_CODE_RE, newDepositCode, newOrderId } from "@/lib/payments/ids";

const DAY = 86_400_000;
const now = new Date("2026-12-02T00:00:00Z");
const at = (days: number) => new Date(now.getTime() + days * DAY);

describe("grantMembership", () => {
  it("starts now for a free member and appends to a running membership", () => {
    expect(grantMembership({ tier: "FREE", expiresAt: null }, { tier: "BASIC", durationDays: 90 }, now)).toEqual({ tier: "BASIC", expiresAt: at(90), periodStart: now, periodEnd: at(90) });
    const renewed = grantMembership({ tier: "BASIC", expiresAt: at(10) }, { tier: "BASIC", durationDays: 90 }, now);
    expect(renewed).toEqual({ tier: "BASIC", expiresAt: at(100), periodStart: at(10), periodEnd: at(100) });
  });
  it("an expired membership counts as free; a lower tier never downgrades a running higher one", () => {
    expect(grantMembership({ tier: "PREMIUM", expiresAt: at(-1) }, { tier: "BASIC", durationDays: 90 }, now).periodStart).toEqual(now);
    expect(grantMembership({ tier: "PREMIUM", expiresAt: at(30) }, { tier: "BASIC", durationDays: 90 }, now).tier).toBe("PREMIUM");
    expect(activeTier({ tier: "PREMIUM", expiresAt: at(-1) }, now)).toBe("FREE");
  });
});

describe("revertMembership", () => {
  it("removes the unused part of the refunded period", () => {
    // two stacked BASIC purchases: [0, 90) and [90, 180); refunding the second leaves 90 days
    expect(revertMembership({ tier: "BASIC", expiresAt: at(180) }, { periodStart: at(90), periodEnd: at(180) }, ["BASIC"], now)).toEqual({ tier: "BASIC", expiresAt: at(90) });
    // refunding the only purchase, 10 days in: nothing left
    expect(revertMembership({ tier: "BASIC", expiresAt: at(80) }, { periodStart: at(-10), periodEnd: at(80) }, [], now)).toEqual({ tier: "FREE", expiresAt: null });
  });
});

describe("ids", () => {
  it("order ids fit Toss's format and depositor codes read unambiguously", () => {
    for (let i = 0; i < 200; i++) {
      expect(newOrderId()).toMatch(/^[A-Za-z0-9_=-]{6,64}$/);
      expect(newDepositCode()).toMatch(DEPOSIT_CODE_RE);
    }
  });
});
