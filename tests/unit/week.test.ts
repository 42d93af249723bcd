// ISO week labels on the Asia/Seoul calendar: year boundaries, 53-week years and the KST offset.
import { describe, expect, it } from "vitest";
import { addWeeks, compareWeeks, currentWeek, parseWeek, tryParseWeek, weekStart, weeksInYear, weekYear, ZWeek } from "@/lib/core/week";

const at = (iso: string) => new Date(iso);

describe("currentWeek", () => {
  it("labels ordinary dates", () => {
    expect(currentWeek(at("2026-11-23T03:00:00+09:00"))).toBe("2026-W48"); // Monday
    expect(currentWeek(at("2026-11-29T23:59:00+09:00"))).toBe("2026-W48"); // Sunday night
    expect(currentWeek(at("2026-11-30T00:00:00+09:00"))).toBe("2026-W49");
  });

  it("uses the Seoul calendar: Sunday 23:30 UTC is already Monday in KST", () => {
    const sundayUtc = at("2026-11-29T23:30:00Z"); // Monday 08:30 KST
    expect(currentWeek(sundayUtc)).toBe("2026-W49");
    expect(currentWeek(at("2026-11-29T14:59:59Z"))).toBe("2026-W48"); // Sunday 23:59:59 KST
    expect(currentWeek(at("2026-11-29T15:00:00Z"))).toBe("2026-W49"); // Monday 00:00 KST
  });

  it("puts early-January days in the previous ISO year when the week starts in December", () => {
    expect(currentWeek(at("2027-01-01T12:00:00+09:00"))).toBe("2026-W53"); // Friday; 2026 has 53 weeks
    expect(currentWeek(at("2027-01-03T23:00:00+09:00"))).toBe("2026-W53");
    expect(currentWeek(at("2027-01-04T00:00:00+09:00"))).toBe("2027-W01");
    expect(currentWeek(at("2021-01-03T12:00:00+09:00"))).toBe("2020-W53");
    expect(currentWeek(at("2022-01-02T12:00:00+09:00"))).toBe("2021-W52");
  });

  it("puts late-December days in the next ISO year when the week is mostly January", () => {
    expect(currentWeek(at("2025-12-29T09:00:00+09:00"))).toBe("2026-W01"); // Monday
    expect(currentWeek(at("2024-12-30T09:00:00+09:00"))).toBe("2025-W01");
    // 31 Dec 2024 15:30 UTC is 1 Jan 2025 in Seoul — still week 1 either way
    expect(currentWeek(at("2024-12-31T15:30:00Z"))).toBe("2025-W01");
  });
});

describe("weeksInYear and validation", () => {
  it("knows the 53-week years", () => {
    expect([2015, 2020, 2026, 2032].map(weeksInYear)).toEqual([53, 53, 53, 53]);
    expect([2021, 2022, 2023, 2024, 2025, 2027].map(weeksInYear)).toEqual([52, 52, 52, 52, 52, 52]);
  });

  it("accepts real weeks only", () => {
    expect(ZWeek.safeParse("2026-W53").success).toBe(true);
    expect(ZWeek.safeParse("2025-W53").success).toBe(false);
    expect(ZWeek.safeParse("2026-W00").success).toBe(false);
    expect(ZWeek.safeParse("2026-W54").success).toBe(false);
    expect(ZWeek.safeParse("2026-w48").success).toBe(false);
    expect(ZWeek.safeParse("2026-W4").success).toBe(false);
    expect(ZWeek.safeParse(" 2026-W48").success).toBe(false);
    expect(tryParseWeek("2026-W48")).toEqual({ year: 2026, week: 48 });
    expect(() => parseWeek("2025-W53")).toThrow(RangeError);
  });
});

describe("weekStart and addWeeks", () => {
  it("starts a week on Monday 00:00 KST (Sunday 15:00 UTC)", () => {
    expect(weekStart("2026-W48").toISOString()).toBe("2026-11-22T15:00:00.000Z");
    expect(weekStart("2026-W01").toISOString()).toBe("2025-12-28T15:00:00.000Z");
    expect(weekStart("2026-W53").toISOString()).toBe("2026-12-27T15:00:00.000Z");
    expect(currentWeek(weekStart("2026-W48"))).toBe("2026-W48");
    expect(currentWeek(new Date(weekStart("2026-W48").getTime() - 1))).toBe("2026-W47");
  });

  it("steps across year boundaries in both directions", () => {
    expect(addWeeks("2026-W52", 1)).toBe("2026-W53");
    expect(addWeeks("2026-W53", 1)).toBe("2027-W01");
    expect(addWeeks("2025-W52", 1)).toBe("2026-W01");
    expect(addWeeks("2026-W01", -1)).toBe("2025-W52");
    expect(addWeeks("2027-W01", -1)).toBe("2026-W53");
    expect(addWeeks("2026-W48", -12)).toBe("2026-W36");
    expect(addWeeks("2026-W05", -12)).toBe("2025-W45");
    expect(addWeeks("2026-W48", 0)).toBe("2026-W48");
  });

  it("orders labels chronologically as strings and exposes the week-year", () => {
    expect(compareWeeks("2025-W53", "2026-W01")).toBe(-1);
    expect(compareWeeks("2026-W10", "2026-W09")).toBe(1);
    expect(["2026-W02", "2025-W52", "2026-W01"].sort()).toEqual(["2025-W52", "2026-W01", "2026-W02"]);
    expect(weekYear("2026-W01")).toBe(2026);
  });
});
