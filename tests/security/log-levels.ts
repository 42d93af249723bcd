// The levels of every log line written while a test runs: pino's (lib/logger) and the JSON lines the
// Auth.js logger prints to the console (lib/auth/config.ts: the proxy bundle has no pino). Bad input
// must log at warn at most: an error-level line pages someone for the client's mistake.
import { vi } from "vitest";
import { logger } from "@/lib/logger";

const PINO_LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;
export const WARN = PINO_LEVELS.warn;

export type LogCapture = { lines: { level: number; msg: string }[]; max: () => number; reset: () => void };

/** Starts recording (restored by vi.restoreAllMocks). */
export function captureLogLevels(): LogCapture {
  const lines: { level: number; msg: string }[] = [];
  for (const [name, level] of Object.entries(PINO_LEVELS)) {
    vi.spyOn(logger, name as keyof typeof PINO_LEVELS).mockImplementation(((...args: unknown[]) => {
      const msg = args.find((a) => typeof a === "string");
      lines.push({ level, msg: typeof msg === "string" ? msg : "" });
    }) as never);
  }
  for (const name of ["log", "warn", "error"] as const) {
    vi.spyOn(console, name).mockImplementation((line: unknown) => {
      try {
        const parsed = JSON.parse(String(line)) as { level?: unknown; msg?: unknown };
        if (typeof parsed.level === "number") return void lines.push({ level: parsed.level, msg: String(parsed.msg ?? "") });
      } catch {
        /* not a log line */
      }
      lines.push({ level: name === "error" ? PINO_LEVELS.error : name === "warn" ? WARN : PINO_LEVELS.info, msg: String(line) });
    });
  }
  return { lines, max: () => Math.max(0, ...lines.map((l) => l.level)), reset: () => void lines.splice(0) };
}
