import { describe, expect, it } from "vitest";
import { formatSeoulDate, formatSeoulDateTime, formatSeoulMonthDayTime, formatSeoulSortable, formatSeoulTime } from "@/lib/core/seoul-time";

// 2026-12-01T16:10Z is already 2 December, 01:10 in Seoul; 04:10Z is 13:10 there
describe("Seoul-clock display formats", () => {
  it("dates follow the Seoul calendar, not UTC", () => {
    expect(formatSeoulDate("2026-12-01T16:10:00Z")).toBe("2026. 12. 2.");
    expect(formatSeoulDate("2026-12-01T14:59:00Z")).toBe("2026. 12. 1.");
  });

  it("times are 24-hour, never a day period (this ICU writes 'PM')", () => {
    expect(formatSeoulDateTime("2026-12-02T04:10:00Z")).toBe("2026. 12. 2. 13:10");
    expect(formatSeoulTime("2026-12-02T04:10:00Z")).toBe("13:10");
    expect(formatSeoulSortable("2026-12-01T16:05:00Z")).toBe("2026-12-02 01:05");
    expect(formatSeoulMonthDayTime("2026-12-02T04:10:00Z")).toBe("12월 2일 13:10");
    expect(formatSeoulMonthDayTime("2026-12-01T16:05:00Z")).toBe("12월 2일 01:05");
    for (const f of [formatSeoulDateTime, formatSeoulMonthDayTime, formatSeoulTime]) expect(f(new Date("2026-12-02T04:10:00Z"))).not.toMatch(/PM|AM|오전|오후/);
  });
});
