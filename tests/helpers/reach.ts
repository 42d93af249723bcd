// What the reach tests (tests/integration/reach-*.int.test.ts) share: phone numbers, what the local
// Solapi server received, a daytime instant, and the file's log lines.
//
// Phone numbers: dev/solapi's failure modes go by the number's last four digits (…9999 알림톡 refused
// at once, …8888 everything refused, …7777 알림톡 reported failed later, …6666 everything reported
// failed later). A number made without a `suffix` never ends in one of them, so a random number cannot
// turn a test's happy path into a failure mode. Every number made is kept, so a test can look for them
// in the log output.
import { randomInt } from "node:crypto";
import { afterEach, beforeEach, vi } from "vitest";
import { prisma } from "@/lib/db";
import { encryptPii, phoneBlindIndex } from "@/lib/crypto/pii";
import { nextSeoulHour, seoulHour } from "@/lib/core/seoul-time";
import { logger } from "@/lib/logger";
import type { SolapiStub } from "@/dev/solapi/server";

export function reachPhones() {
  const phones: string[] = [];
  /** a fresh 010 number; `suffix` picks the local Solapi server's failure mode */
  function newPhone(suffix?: string) {
    const p = `010${randomInt(1000, 9999)}${suffix ?? String(randomInt(1000, 6000))}`;
    phones.push(p);
    return p;
  }
  /** gives the member a fresh number (encrypted, with its blind index) and returns it */
  async function withPhone(m: { id: string }, suffix?: string) {
    const phone = newPhone(suffix);
    await prisma.user.update({ where: { id: m.id }, data: { phoneEnc: encryptPii(phone), phoneHash: phoneBlindIndex(phone) } });
    return phone;
  }
  return { phones, newPhone, withPhone };
}

/** the local Solapi server this test process started (tests/setup/isolated-db.ts) */
export const solapi = (globalThis as { __solapiStub?: SolapiStub }).__solapiStub!;
/** every message the local Solapi server received for `phone`, and those it accepted */
export const to = (phone: string) => solapi.messages.filter((m) => m.to === phone);
export const accepted = (phone: string) => to(phone).filter((m) => m.statusCode === "2000");

/** a daytime instant near now (quiet hours would hold non-urgent kinds at night): now, or the next noon in Seoul */
export function daytime(real = new Date()): Date {
  return seoulHour(real) >= 8 && seoulHour(real) < 19 ? real : nextSeoulHour(real, 12);
}

/**
 * Every log line of the calling file, as the logger (and console) was called: pino is silent in tests,
 * the calls are what would be written. Call at the top of a test file.
 */
export function captureLogs(): string[] {
  const logged: string[] = [];
  beforeEach(() => {
    for (const level of ["trace", "debug", "info", "warn", "error", "fatal"] as const) {
      vi.spyOn(logger, level).mockImplementation(((...args: unknown[]) => void logged.push(JSON.stringify(args, (_k, v) => (v instanceof Error ? { name: v.name, message: v.message } : v)))) as never);
    }
    for (const level of ["log", "info", "warn", "error"] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
  });
  afterEach(() => vi.restoreAllMocks());
  return logged;
}
