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
