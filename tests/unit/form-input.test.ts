// Form → operation input mappers (lib/http/form-input.ts): what a form's controls mean in the API's JSON.
import { describe, expect, it } from "vitest";
import { checkbox, endOfSeoulDay, filled, wholeNumber } from "@/lib/http/form-input";

const fd = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("form input mappers", () => {
  it("takes only the named fields and leaves blank ones out", () => {
    expect(filled(fd({ id: "x", note: "  ", confirm: "on", status: "PENDING" }), "id", "note")).toEqual({ id: "x" });
  });

  it("reads a checkbox as a boolean", () => {
    expect([checkbox(fd({ a: "on" }), "a"), checkbox(fd({ a: "true" }), "a"), checkbox(fd({}), "a"), checkbox(fd({ a: "off" }), "a")]).toEqual([true, true, false, false]);
  });

  it("reads an amount typed with separators as a number and passes anything else on for the schema", () => {
    expect(["50,000", " 50000원 ", "", "오만원", "1.5"].map((v) => wholeNumber(fd({ amount: v }), "amount"))).toEqual([50000, 50000, undefined, "오만원", "1.5"]);
  });

  it("reads a date input as the end of that day on the Seoul clock", () => {
    expect(endOfSeoulDay(fd({ d: "2026-12-31" }), "d")).toBe("2026-12-31T14:59:59.999Z");
    expect(endOfSeoulDay(fd({ d: "" }), "d")).toBeNull();
    expect(endOfSeoulDay(fd({ d: "31.12.2026" }), "d")).toBe("31.12.2026");
  });
});
