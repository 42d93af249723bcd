// Age rules, computed on the calendar of Asia/Seoul (the service's time zone): 만 나이 from a birth
// date, and the 19+ requirement of onboarding.
import { seoulToday, type CalendarDate } from "@/lib/core/seoul-time";
import { MINIMUM_AGE } from "./legal-versions";

/** "YYYY-MM-DD" → a real calendar date, or null (rejects 2026-02-30 and friends). */
export function parseIsoDate(value: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** The birth date as stored in a DATE column (midnight UTC of that calendar day). */
export function toDbDate(d: CalendarDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

/** A DATE column value back to "YYYY-MM-DD". */
export function fromDbDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** 만 나이: completed years since the birth date, on Seoul's calendar. */
export function fullAge(birth: CalendarDate, now = new Date()): number {
  const today = seoulToday(now);
  const hadBirthday = today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  return today.year - birth.year - (hadBirthday ? 0 : 1);
}

export function isAdult(birth: CalendarDate, now = new Date()): boolean {
  return fullAge(birth, now) >= MINIMUM_AGE;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
