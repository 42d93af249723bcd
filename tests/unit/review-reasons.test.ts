// Every reason the payment code parks an order with (lib/payments, `reason: "…"` or a `…${toss.status}`
// template) reads in the operator's words on /admin/money (lib/core/labels.ts reviewReasonLabel).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reviewReasonLabel } from "@/lib/core/labels";

const dir = join(__dirname, "../../lib/payments");
const source = readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => readFileSync(join(dir, f), "utf8"))
  .join("\n");
const literal = [...source.matchAll(/reason: "([A-Z][A-Z_]+)"/g)].map((m) => m[1]!);
const templated = [...source.matchAll(/reason: `([A-Z][A-Z_]+[_:])\$\{/g)].map((m) => `${m[1]}X`);
const conditional = [...source.matchAll(/`(TOSS_REFUSED_REFUND:)\$\{/g)].map((m) => `${m[1]}X`);

describe("review reasons", () => {
  it("finds the codes the payment code parks with", () => {
    expect(literal).toEqual(expect.arrayContaining(["AMOUNT_MISMATCH", "TOSS_UNREADABLE", "MONEY_ON_ENDED_ORDER"]));
    expect(templated.length).toBeGreaterThanOrEqual(3);
    expect(conditional).toHaveLength(1);
  });

  it.each([...new Set([...literal, ...templated, ...conditional])])("%s has the operator's words and keeps its code", (code) => {
    const label = reviewReasonLabel(code);
    expect(label).not.toMatch(/^기타/);
    expect(label).toContain(`(${code})`);
  });

  it("an unknown code still shows itself", () => {
    expect(reviewReasonLabel("SOMETHING_NEW")).toBe("기타 (SOMETHING_NEW)");
    expect(reviewReasonLabel(null)).toBe("-");
  });
});
