// 만 나이 and the 19+ rule on Seoul's calendar, and strict birth-date parsing.
import { describe, expect, it } from "vitest";
import { seoulToday } from "@/lib/core/seoul-time";
import { fullAge, isAdult, parseIsoDate } from "@/lib/members/age";

const d = (s: string) => parseIsoDate(s)!;

describe("age rules", () => {
  it("uses Seoul's date, not the server's: 15:00 UTC is already the next day in Seoul", () => {
    expect(seoulToday(new Date("2026-03-04T14:59:59Z"))).toEqual({ year: 2026, month: 3, day: 4 });
    expect(seoulToday(new Date("2026-03-04T15:00:00Z"))).toEqual({ year: 2026, month: 3, day: 5 });
  });

  it("turns 19 on the birthday itself, in Seoul", () => {
    const birth = d("2007-03-05");
    expect(fullAge(birth, new Date("2026-03-04T14:59:59Z"))).toBe(18);
    expect(isAdult(birth, new Date("2026-03-04T14:59:59Z"))).toBe(false);
    expect(fullAge(birth, new Date("2026-03-04T15:00:00Z"))).toBe(19);
    expect(isAdult(birth, new Date("2026-03-04T15:00:00Z"))).toBe(true);
  });

  it("counts completed years (만 나이), not the calendar-year difference", () => {
    const now = new Date("2026-06-01T03:00:00Z");
    expect(fullAge(d("2007-12-31"), now)).toBe(18);
    expect(fullAge(d("2007-06-01"), now)).toBe(19);
    expect(fullAge(d("1990-06-02"), now)).toBe(35);
  });

  it("parses only real calendar dates in YYYY-MM-DD", () => {
    expect(parseIsoDate("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    for (const bad of ["2001-02-29", "1990-13-01", "1990-00-10", "1990-1-1", "19900101", "1990-01-32", ""]) expect(parseIsoDate(bad)).toBeNull();
  });
});
