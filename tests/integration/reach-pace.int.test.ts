// Pacing toward a provider (lib/notifications/pace.ts): with Redis (the rate-limit store) two
// instances share ONE pace — their calls together are spaced 1000/rate ms apart — while without Redis
// each process paces on its own (the app runs without Redis), and a Redis that fails falls back to
// the process's pace instead of failing the delivery.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createPacer } from "@/lib/notifications/pace";
import type { PaceStore } from "@/lib/notifications/pace";

const REDIS_URL = process.env.REDIS_URL ?? process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 1000 });
const hasRedis = await redis.connect().then(
  () => true,
  () => false,
);
afterAll(() => redis.disconnect());

// slow enough that a busy machine's timer jitter (tens of ms) stays well under one gap
const RATE = 5; // → 200 ms apart
/** a call may run late by a loaded event loop; never this much */
const JITTER = 80;
const GAP = 1000 / RATE;

/** `n` calls through `pacer`, each noting when it ran */
async function calls(pacer: ReturnType<typeof createPacer>, provider: string, n: number, at: number[]) {
  for (let i = 0; i < n; i++) await pacer.run(provider, async () => void at.push(performance.now()));
}
const gaps = (at: number[]) => {
  const sorted = [...at].sort((a, b) => a - b);
  return sorted.slice(1).map((t, i) => t - sorted[i]!);
};

describe("pace toward a provider", () => {
  it.skipIf(!hasRedis)("two instances sharing Redis: 10 calls together, each at least 1000/rate ms after the previous one", async () => {
    const store: PaceStore = { kind: "redis", client: redis, prefix: `test-pace-${randomUUID()}` };
    // two pacers = two processes: each has its own in-process state, the Redis key is the only thing shared
    const [a, b] = [createPacer({ store: () => store, perSecond: () => RATE }), createPacer({ store: () => store, perSecond: () => RATE })];
    expect(a.shared).toBe(true);
    const at: number[] = [];
    const started = performance.now();
    await Promise.all([calls(a, "solapi", 5, at), calls(b, "solapi", 5, at)]);
    expect(at).toHaveLength(10);
    // 9 gaps of 200 ms (Redis' clock is read in whole ms; a late timer only shortens the gap after it)
    expect(performance.now() - started).toBeGreaterThanOrEqual(9 * GAP - 10);
    for (const g of gaps(at)) expect(g).toBeGreaterThanOrEqual(GAP - JITTER);
    // another provider has a pace of its own
    const other: number[] = [];
    const t0 = performance.now();
    await calls(a, "smtp", 1, other);
    expect(other[0]! - t0).toBeLessThan(GAP);
  });

  it("without Redis each process paces on its own: two processes together run twice as fast, each one still spaced", async () => {
    const store: PaceStore = { kind: "local" };
    const [a, b] = [createPacer({ store: () => store, perSecond: () => RATE }), createPacer({ store: () => store, perSecond: () => RATE })];
    expect(a.shared).toBe(false);
    const [atA, atB]: number[][] = [[], []];
    const started = performance.now();
    await Promise.all([calls(a, "solapi", 5, atA), calls(b, "solapi", 5, atB)]);
    const took = performance.now() - started;
    for (const g of [...gaps(atA), ...gaps(atB)]) expect(g).toBeGreaterThanOrEqual(GAP - JITTER);
    // each process's 5 calls take 4 gaps; shared, the 10 would take 9
    expect(took).toBeLessThan(9 * GAP - 2 * JITTER);
  });

  it("the delivery job's pace is the shared one exactly when REDIS_URL is configured", async () => {
    const { env } = await import("@/lib/env");
    const { providerPace } = await import("@/lib/jobs/provider-pace");
    expect(providerPace.shared).toBe(!!env.REDIS_URL);
  });

  it("a Redis that fails: the call is paced in the process and still made", async () => {
    const broken = new Redis("redis://127.0.0.1:1", { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false });
    broken.on("error", () => undefined);
    const store: PaceStore = { kind: "redis", client: broken, prefix: "test-pace-broken" };
    const pacer = createPacer({ store: () => store, perSecond: () => RATE });
    const at: number[] = [];
    await calls(pacer, "solapi", 3, at);
    expect(at).toHaveLength(3);
    for (const g of gaps(at)) expect(g).toBeGreaterThanOrEqual(GAP - JITTER);
    broken.disconnect();
  });
});
