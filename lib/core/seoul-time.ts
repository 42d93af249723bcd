// Instants as members and operators read them: the Asia/Seoul calendar and clock, 24-hour times,
// one format everywhere: `2026. 12. 7.` and `13:10`. Never `toLocaleString("ko-KR")` with a time:
// this Node's ICU writes the Korean day period as "PM" ("2026. 12. 2. PM 1:10:00"); and never a
// date formatted at the call site (the server's zone is UTC, 9 hours behind Seoul at midnight).
const SEOUL = "Asia/Seoul";
const ISO_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: SEOUL, year: "numeric", month: "2-digit", day: "2-digit" });
const DATE = new Intl.DateTimeFormat("ko-KR", { timeZone: SEOUL, year: "numeric", month: "numeric", day: "numeric" });
const TIME = new Intl.DateTimeFormat("ko-KR", { timeZone: SEOUL, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const MONTH_DAY = new Intl.DateTimeFormat("ko-KR", { timeZone: SEOUL, month: "long", day: "numeric" });

export type CalendarDate = { year: number; month: number; day: number };

/** Today's date in Seoul (not the server's zone: a server in UTC is 9 hours behind at midnight KST). */
export function seoulToday(now = new Date()): CalendarDate {
  const [year, month, day] = ISO_DATE.format(now).split("-").map(Number);
  return { year, month, day };
}

/** "2026. 12. 7." */
export const formatSeoulDate = (iso: string | Date) => DATE.format(new Date(iso));

/** "13:10" */
export const formatSeoulTime = (iso: string | Date) => TIME.format(new Date(iso));

/** "2026. 12. 7. 13:10" */
export const formatSeoulDateTime = (iso: string | Date) => `${formatSeoulDate(iso)} ${formatSeoulTime(iso)}`;

/** "12월 7일 13:10" (this year's notices) */
export const formatSeoulMonthDayTime = (iso: string | Date) => `${MONTH_DAY.format(new Date(iso))} ${formatSeoulTime(iso)}`;

/** "2026-12-07 13:10": a spreadsheet cell that sorts as text (the admin's CSV export) */
export const formatSeoulSortable = (iso: string | Date) => `${ISO_DATE.format(new Date(iso))} ${formatSeoulTime(iso)}`;

const KST_OFFSET_MS = 9 * 3_600_000; // Korea has no daylight saving time

/** The hour (0–23) on the Seoul clock. */
export const seoulHour = (at: Date) => new Date(at.getTime() + KST_OFFSET_MS).getUTCHours();

/** The first instant at or after `at` when the Seoul clock shows `hour`:00 (e.g. the next 08:00 KST). */
export function nextSeoulHour(at: Date, hour: number): Date {
  const local = new Date(at.getTime() + KST_OFFSET_MS);
  const candidate = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour) - KST_OFFSET_MS;
  return new Date(candidate >= at.getTime() ? candidate : candidate + 86_400_000);
}

/** "2026-12-07": the Seoul calendar day, for per-day keys (the likes digest). */
export const seoulDayKey = (at: Date) => ISO_DATE.format(at);
