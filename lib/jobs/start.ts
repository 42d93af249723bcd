// Starts the in-process scheduler when SCHEDULER_ENABLED=true (self-hosting; on Vercel, Vercel Cron
// calls GET /api/cron/{job} instead and this stays off). Called once per server process by
// instrumentation.ts, in the Node.js runtime only. On SIGTERM/SIGINT it stops ticking; Next's own
// handler then drains HTTP requests and exits. A job cut short by the exit is taken over by another
// instance (or this one after a restart) once its lease runs out: jobs are idempotent.
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { createScheduler, type Scheduler } from "./scheduler";

let scheduler: Scheduler | undefined;

export function startSchedulerFromEnv(): Scheduler | undefined {
  if (!env.SCHEDULER_ENABLED) return undefined;
  if (scheduler) return scheduler;
  if (!env.DATABASE_URL) logger.warn("scheduler: no DATABASE_URL, jobs run against the embedded database of this process only");
  scheduler = createScheduler({ tickMs: env.SCHEDULER_TICK_SECONDS * 1000 });
  const s = scheduler;
  const stop = () => void s.stop().catch(() => undefined);
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  // let the server finish starting before the first tick (the catch-up) touches the database
  setTimeout(() => s.start(), 1_000).unref();
  return scheduler;
}
