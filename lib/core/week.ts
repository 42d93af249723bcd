// ISO-8601 week labels ("2026-W48") on the calendar of Asia/Seoul: the batch week of recommendations,
// likes and exposures. Korea has no daylight saving time, so KST is a fixed UTC+9 offset.
import { z } from "zod";

const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;
const LABEL = /^(\d{4})-W(\d{2})$/;

export type IsoWeek = { year: number; week: number };

/** Monday 00:00 UTC (as epoch ms) of ISO week 1 of `year`: the Monday of the week holding 4 January. */
function week1MondayUtc(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - dow * DAY_MS;
}

/** 52 or 53: a year has 53 ISO weeks when 28 December falls in week 53 (Thursday rule). */
export function weeksInYear(year: number): number {
  return week1MondayUtc(year + 1) - week1MondayUtc(year) === 53 * WEEK_MS ? 53 : 52;
}

export function formatWeek({ year, week }: IsoWeek): string {
  return `${String(year).padStart(4, "0")}-W${String(week).padStart(2, "0")}`;
}

/** "YYYY-Www" → { year, week }, or null when malformed or not a real week (W53 of a 52-week year). */
export function tryParseWeek(label: string): IsoWeek | null {
  const m = LABEL.exec(label);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (year < 1970 || week < 1 || week > weeksInYear(year)) return null;
  return { year, week };
}

export function parseWeek(label: string): IsoWeek {
  const parsed = tryParseWeek(label);
  if (!parsed) throw new RangeError(`not an ISO week label: ${label}`);
  return parsed;
}

/** The ISO week holding the KST calendar day of `now` (Sunday 23:30 UTC is already Monday in Seoul). */
export function currentWeek(now: Date = new Date()): string {
  const kst = new Date(now.getTime() + KST_OFFSET_MS);
  // the Thursday of this week decides the ISO year
  const dow = (kst.getUTCDay() + 6) % 7;
  const thursday = Date.UTC(kst.getUTCFullYear(), kst.getUTCMonth(), kst.getUTCDate()) + (3 - dow) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - week1MondayUtc(year)) / WEEK_MS);
  return formatWeek({ year, week });
}

/** Monday 00:00 KST of the week, as an instant (Sunday 15:00 UTC). */
export function weekStart(label: string): Date {
  const { year, week } = parseWeek(label);
  return new Date(week1MondayUtc(year) + (week - 1) * WEEK_MS - KST_OFFSET_MS);
}

/** The week `n` weeks later (negative: earlier). */
export function addWeeks(label: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError("n must be an integer");
  // noon on Monday keeps the arithmetic clear of the day boundary
  return currentWeek(new Date(weekStart(label).getTime() + n * WEEK_MS + 12 * 60 * 60 * 1000));
}

/** The ISO week-numbering year: the year ages are reckoned in for that week's recommendations. */
export function weekYear(label: string): number {
  return parseWeek(label).year;
}

/** Labels order chronologically as plain strings ("2025-W53" < "2026-W01"). */
export function compareWeeks(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const ZWeek = z
  .string()
  .regex(LABEL, "주차는 YYYY-Www 형식이어야 합니다.")
  .refine((v) => tryParseWeek(v) !== null, "존재하지 않는 주차입니다.");
