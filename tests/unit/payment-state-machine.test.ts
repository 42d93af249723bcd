// The payment state machine's table (lib/payments/state-machine.ts, docs/payments.md): every listed
// transition moves where the doc says, every other (status, event) pair is refused, and the rule "an
// order that may have been charged is never closed inside the app alone" holds for the table itself.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { canMove, PAYMENT_EVENTS, transition, type PaymentEvent, type PaymentStatus } from "@/lib/payments/state-machine";
import { ZPaymentStatus } from "@/lib/payments/schemas";

const STATUSES = ZPaymentStatus.options as PaymentStatus[];
const EVENTS = Object.keys(PAYMENT_EVENTS) as PaymentEvent[];

// the diagram of docs/payments.md, edge by edge
const DOC: [PaymentStatus, PaymentEvent, PaymentStatus][] = [
  ["PENDING", "CHARGED", "PAID"],
  ["NEEDS_REVIEW", "CHARGED", "PAID"],
  ["PENDING", "ABORTED", "FAILED"],
  ["PENDING", "EXPIRED", "EXPIRED"],
  ["PENDING", "CLOSE_CARD", "CLOSING"],
  ["PENDING", "CLOSE_TRANSFER", "CANCELED"],
  ["CLOSING", "NOT_CHARGED", "CANCELED"],
  ["NEEDS_REVIEW", "NOT_CHARGED", "CANCELED"],
  ["PAID", "REFUND_SENT", "REFUND_PENDING"],
  ["PARTIALLY_REFUNDED", "REFUND_SENT", "REFUND_PENDING"],
  ["CLOSING", "REFUND_SENT", "REFUND_PENDING"],
  ["NEEDS_REVIEW", "REFUND_SENT", "REFUND_PENDING"],
  ["REFUND_PENDING", "REFUNDED_PART", "PARTIALLY_REFUNDED"],
  ["PAID", "REFUNDED_PART", "PARTIALLY_REFUNDED"],
  ["PARTIALLY_REFUNDED", "REFUNDED_PART", "PARTIALLY_REFUNDED"],
  ["REFUND_PENDING", "REFUNDED_FULL", "REFUNDED"],
  ["PAID", "REFUNDED_FULL", "REFUNDED"],
  ["PARTIALLY_REFUNDED", "REFUNDED_FULL", "REFUNDED"],
  ["CLOSING", "REFUNDED_FULL", "REFUNDED"],
  ["PENDING", "PARKED", "NEEDS_REVIEW"],
  ["CLOSING", "PARKED", "NEEDS_REVIEW"],
  ["REFUND_PENDING", "PARKED", "NEEDS_REVIEW"],
  ["PAID", "PARKED", "NEEDS_REVIEW"],
  ["PARTIALLY_REFUNDED", "PARKED", "NEEDS_REVIEW"],
  // Toss 가상계좌 (virtual account)
  ["PENDING", "ACCOUNT_ISSUED", "AWAITING_DEPOSIT"],
  ["AWAITING_DEPOSIT", "CHARGED", "PAID"],
  ["AWAITING_DEPOSIT", "EXPIRED", "EXPIRED"],
  ["AWAITING_DEPOSIT", "CLOSE_CARD", "CLOSING"],
  ["AWAITING_DEPOSIT", "NOT_CHARGED", "CANCELED"],
  ["AWAITING_DEPOSIT", "PARKED", "NEEDS_REVIEW"],
  // money Toss reports for an order the app had ended (a late account, deposited into)
  ["CANCELED", "LATE_MONEY", "NEEDS_REVIEW"],
  ["EXPIRED", "LATE_MONEY", "NEEDS_REVIEW"],
  ["FAILED", "LATE_MONEY", "NEEDS_REVIEW"],
];

describe("payment state machine", () => {
  it.each(DOC)("%s --%s--> %s", (from, event, to) => {
    expect(transition(from, event)).toBe(to);
  });

  it("allows exactly the documented transitions (every other pair is refused)", () => {
    const allowed = STATUSES.flatMap((from) => EVENTS.flatMap((e) => (canMove(from, e) ? [`${from} ${e} ${transition(from, e)}`] : [])));
    expect(allowed.sort()).toEqual(DOC.map(([f, e, t]) => `${f} ${e} ${t}`).sort());
  });

  it("no order that may have been charged reaches CANCELED, EXPIRED or FAILED without Toss's word", () => {
    // PENDING card orders end only through events that come from Toss (ABORTED, EXPIRED, CHARGED) or
    // through CLOSING; CANCELED is reached from CLOSING/NEEDS_REVIEW only via NOT_CHARGED (Toss said so)
    fc.assert(
      fc.property(fc.constantFrom(...STATUSES), fc.constantFrom(...EVENTS), (from, event) => {
        const to = transition(from, event);
        if (to === "CANCELED") expect(["CLOSE_TRANSFER", "NOT_CHARGED"]).toContain(event);
        if (from === "PAID" || from === "PARTIALLY_REFUNDED") expect([null, "REFUND_PENDING", "PARTIALLY_REFUNDED", "REFUNDED", "NEEDS_REVIEW"]).toContain(to);
        if (from === "REFUNDED") expect(to).toBeNull();
        // an ended order moves again only when Toss reports money on it, and then only to a person
        if (from === "CANCELED" || from === "EXPIRED" || from === "FAILED") expect(to === null || (event === "LATE_MONEY" && to === "NEEDS_REVIEW")).toBe(true);
      }),
    );
  });
});
