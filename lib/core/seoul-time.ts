// Instants as members and operators read them: the Asia/Seoul clock, 24-hour times. Never the
// default `toLocaleString("ko-KR")` with a time: this Node's ICU writes the Korean day period as
// "PM" ("2026. 12. 2. PM 1:10:00").
const SEOUL = "Asia/Seoul";
const DATE = new Intl.DateTimeFormat("en-CA", { timeZone: SEOUL, year: "numeric", month: "2-digit", day: "2-digit" });
const DATE_TIME = new Intl.DateTimeFormat("ko-KR", { timeZone: SEOUL, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const MONTH_DAY_TIME = new Intl.DateTimeFormat("ko-KR", { timeZone: SEOUL, month: "long", day: "numeric", hour: "numeric", minute: "2-digit", hourCycle: "h23" });

export type CalendarDate = { year: number; month: number; day: number };

/** Today's date in Seoul (not the server's zone: a server in UTC is 9 hours behind at midnight KST). */
export function seoulToday(now = new Date()): CalendarDate {
  const [year, month, day] = DATE.format(now).split("-").map(Number);
  return { year, month, day };
}

/** "2026.12.02" */
export function formatSeoulDate(iso: string | Date): string {
  const parts = DATE.formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}.${get("month")}.${get("day")}`;
}

/** "2026. 12. 02. 13:10" */
export const formatSeoulDateTime = (iso: string | Date) => DATE_TIME.format(new Date(iso));

/** "12월 2일 13:10" (this year's notices) */
export const formatSeoulMonthDayTime = (iso: string | Date) => MONTH_DAY_TIME.format(new Date(iso));
