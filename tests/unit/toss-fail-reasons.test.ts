// /checkout/fail chooses its words from Toss's error code: a crafted redirect's code or message can
// never put its own text on the page.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isCanceledByMember, tossFailReason } from "@/lib/payments/toss-fail-reasons";

describe("toss fail reasons", () => {
  it("names known codes in Korean, treats a closed card window as a choice, and falls back for anything else", () => {
    expect(tossFailReason("REJECT_CARD_COMPANY")).toMatch(/카드사에서 결제를 승인하지 않았어요/);
    expect(isCanceledByMember("PAY_PROCESS_CANCELED")).toBe(true);
    expect(isCanceledByMember("PAY_PROCESS_ABORTED")).toBe(false);
    expect(tossFailReason(undefined)).toBe(tossFailReason("SOMETHING_NEW"));
    // inherited names are not codes
    expect(tossFailReason("constructor")).toBe(tossFailReason(undefined));
  });

  it("answers anything that is not one of Toss's codes with the one default, whatever it says", () => {
    const fallback = tossFailReason(undefined);
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^[A-Z_]+$/.test(s)),
        (code) => tossFailReason(code) === fallback && !isCanceledByMember(code),
      ),
    );
  });
});
