// Cron expressions of the registry, evaluated in UTC with croner (no dependencies, maintained, typed;
// used only as an evaluator here — the scheduler's own loop decides when to look).
import { Cron } from "croner";

const cache = new Map<string, Cron>();

function cronOf(schedule: string): Cron {
  let c = cache.get(schedule);
  if (!c) {
    // paused, no callback: an evaluator, never a timer; 5 fields exactly, as Vercel Cron accepts
    c = new Cron(schedule, { timezone: "UTC", mode: "5-part", paused: true });
    cache.set(schedule, c);
  }
  return c;
}

/** Throws on an expression Vercel Cron would not accept (wrong field count, out-of-range value). */
export function assertSchedule(schedule: string): void {
  cronOf(schedule);
}

/** The latest due time at or before `now` (a run exactly at `now` is due). */
export function lastDueAt(schedule: string, now: Date): Date | null {
  const [prev] = cronOf(schedule).previousRuns(1, new Date(now.getTime() + 1));
  return prev ?? null;
}

/** The first due time strictly after `now`. */
export function nextDueAt(schedule: string, now: Date): Date | null {
  return cronOf(schedule).nextRun(now);
}
