// Pacing toward a provider: at most NOTIFICATION_RATE_PER_SECOND calls per second per provider,
// for ALL instances together when Redis is configured (REDIS_URL: the rate-limit store's client,
// lib/http/rate-limit.ts, handed in by the job registry: lib/jobs/provider-pace.ts), else per process
// (the app runs without Redis; embedded PGlite is one process anyway).
// Shared: one Redis key per provider holds the next free moment (Redis' own clock, so instances'
// clocks do not matter); a caller reserves the slot atomically (a Lua script) and sleeps until it.
// Slots are spaced by 1000/rate ms, so bursts at a window's edge cannot happen. If Redis fails, this
// process paces on its own for that call (logged once per failure burst, no PII).
import type { Redis } from "ioredis";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

/** where the pace is kept: a Redis every instance reaches, or this process */
export type PaceStore = { kind: "redis"; client: Redis; prefix: string } | { kind: "local" };

/** reserve: returns the milliseconds to wait for the reserved slot */
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local gap = tonumber(ARGV[1])
local free = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(free, now)
redis.call('SET', KEYS[1], tostring(slot + gap), 'PX', math.ceil(slot + gap - now) + 1000)
return math.ceil(slot - now)`;

export type Pacer = {
  /** waits for this call's slot toward `provider`, then runs `fn` */
  run<T>(provider: string, fn: () => Promise<T>): Promise<T>;
  readonly shared: boolean;
};

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function createPacer({ store, perSecond = () => env.NOTIFICATION_RATE_PER_SECOND }: { store: () => PaceStore; perSecond?: () => number }): Pacer {
  const nextFree = new Map<string, number>();
  let warned = false;
  async function local(provider: string, gap: number) {
    const now = Date.now();
    const slot = Math.max(nextFree.get(provider) ?? 0, now);
    nextFree.set(provider, slot + gap);
    if (slot > now) await sleep(slot - now);
  }
  async function shared(client: Redis, prefix: string, provider: string, gap: number): Promise<boolean> {
    try {
      const wait = Number(await client.eval(RESERVE, 1, `${prefix}:pace:${provider}`, String(gap)));
      if (wait > 0) await sleep(wait);
      warned = false;
      return true;
    } catch (err) {
      if (!warned) logger.warn({ provider, err: (err as Error).name }, "shared notification pace unavailable: pacing in this process");
      warned = true;
      return false;
    }
  }
  return {
    get shared() {
      return store().kind === "redis";
    },
    async run(provider, fn) {
      const gap = 1000 / Math.max(1, perSecond());
      const s = store();
      if (!(s.kind === "redis" && (await shared(s.client, s.prefix, provider, gap)))) await local(provider, gap);
      return fn();
    },
  };
}

/** this process's own pace (tests, scripts, and whatever runs without the job registry's shared one) */
export const localPace = createPacer({ store: () => ({ kind: "local" }) });
