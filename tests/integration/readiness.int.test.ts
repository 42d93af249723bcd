// Liveness vs readiness: /api/healthz answers while the process is up; /api/healthz/ready answers 200
// only when the database, the migrations and the configured Redis and S3 are fine, else 503 with the
// error shape naming each failed dependency — and no URL, host or credential.
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { readMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { setRateLimitStore } from "@/lib/http/rate-limit";
import { checkDatabase, checkMigrations, checkReadiness, checkRedis, checkStorage, ReadinessFailure, shippedMigrations, type Checks } from "@/lib/system/readiness";
import { healthOperation } from "@/lib/system/health";
import { readinessOperation } from "@/lib/system/readiness";
import { callOp } from "../helpers/call-op";

const ok = async () => "ok" as const;
const fails = (reason: string) => async (): Promise<never> => {
  throw new ReadinessFailure(reason);
};
const base: Checks = { database: ok, migrations: ok, redis: ok, storage: ok };

/** what the 503 would answer, as the route's error mapping renders it */
async function failure(checks: Checks) {
  const err = await checkReadiness(checks).then(() => null, (e: unknown) => e as { code: string; status: number; fields?: Record<string, string[]> });
  expect(err, "expected readiness to fail").not.toBeNull();
  return err!;
}

const redis = new Redis(process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379", { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
afterAll(() => redis.disconnect());
// the first query of a process opens the pool: not what a readiness probe of a running server measures
beforeAll(() => prisma.$queryRaw`SELECT 1`);

describe("GET /api/healthz (liveness)", () => {
  it("answers 200 with the uptime, checking nothing else", async () => {
    const res = await callOp(healthOperation);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", uptimeSeconds: expect.any(Number) });
  });
});

describe("GET /api/healthz/ready (readiness)", () => {
  it("is ready on a migrated database with the configured S3 (Redis unset: skipped)", async () => {
    const res = await callOp(readinessOperation);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok", redis: env.REDIS_URL ? "ok" : "skipped", storage: "ok" }, latencyMs: expect.any(Number) });
  });

  it("the real checks: migrations compared by folder name, S3 bucket looked up", async () => {
    expect(await checkDatabase()).toBe("ok");
    expect(await checkMigrations()()).toBe("ok");
    const names = readMigrations().map((m) => m.name);
    expect(shippedMigrations()).toEqual(names); // the route's own listing agrees with the migration runner
    await expect(checkMigrations(() => [...names, "29991231000000_not_applied_yet"])()).rejects.toThrow("1 pending (29991231000000_not_applied_yet)");
    expect(await checkStorage()).toBe("ok");
    expect(await checkRedis()).toBe(env.REDIS_URL ? "ok" : "skipped");
  });

  it("a configured Redis is pinged: up is ok, down is a failure", async (ctx) => {
    await redis.connect().catch(() => undefined);
    // no Redis on this machine: reported as skipped (the stub checks below still cover the shape)
    ctx.skip(redis.status !== "ready", "no Redis server to ping");
    setRateLimitStore({ kind: "redis", client: redis, prefix: "t" });
    const saved = env.REDIS_URL;
    env.REDIS_URL = "redis://127.0.0.1:6379";
    try {
      expect(await checkRedis()).toBe("ok");
      const down = new Redis("redis://127.0.0.1:1", { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
      down.on("error", () => undefined);
      setRateLimitStore({ kind: "redis", client: down, prefix: "t" });
      await expect(checkRedis()).rejects.toThrow("unreachable");
      down.disconnect();
    } finally {
      env.REDIS_URL = saved;
      setRateLimitStore({ kind: "database", prefix: "rl" });
    }
  });

  it("names each failed dependency with a short reason (503 UNAVAILABLE)", async () => {
    const err = await failure({ ...base, redis: fails("unreachable"), storage: fails("timeout") });
    expect(err).toMatchObject({ code: "UNAVAILABLE", status: 503, fields: { redis: ["unreachable"], storage: ["timeout"] } });
    expect(Object.keys(err.fields!)).toEqual(["redis", "storage"]);
  });

  it("a database that is down fails as database, and the migrations are then not asked", async () => {
    let asked = false;
    const err = await failure({ ...base, database: fails("unreachable"), migrations: async () => ((asked = true), "ok") });
    expect(err.fields).toEqual({ database: ["unreachable"] });
    expect(asked).toBe(false);
    expect((await failure({ ...base, migrations: fails("2 pending (a, b)") })).fields).toEqual({ migrations: ["2 pending (a, b)"] });
  });

  it("an unexpected error shows as 'error', never its message (which may carry a host or URL)", async () => {
    const err = await failure({
      ...base,
      storage: async () => {
        throw new Error("getaddrinfo ENOTFOUND secret-bucket.internal.example:9000 key=AKIA…");
      },
    });
    expect(err.fields).toEqual({ storage: ["error"] });
    expect(JSON.stringify(err)).not.toContain("secret-bucket");
  });

  it("a hanging dependency fails by timeout instead of hanging the probe", async () => {
    const started = Date.now();
    const err = await failure({ ...base, redis: () => new Promise(() => undefined) });
    expect(err.fields).toEqual({ redis: ["timeout"] });
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 10_000);
});
