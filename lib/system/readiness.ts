// Readiness: GET /api/healthz/ready answers 200 only when this instance can serve members — the
// database answers, every migration in prisma/migrations is applied (compared by name with
// _prisma_migrations), and Redis and S3 answer when they are configured. Otherwise 503 with the
// error shape, `fields` naming each failed dependency with a short reason (never a URL, host or
// key). A load balancer takes an unready instance out of rotation without restarting it.
import { once } from "node:events";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { HeadBucketCommand } from "@aws-sdk/client-s3";
import { z } from "zod";
import { AppError } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { prisma } from "@/lib/db";
import { env, isProduction } from "@/lib/env";
import { rateLimitStore } from "@/lib/http/rate-limit";
import { logger } from "@/lib/logger";
import { bucket, s3 } from "@/lib/storage";

export type CheckResult = "ok" | "skipped";
/** a check resolves "ok"/"skipped" or throws a ReadinessFailure whose message is safe to show */
export class ReadinessFailure extends Error {}
export type Check = () => Promise<CheckResult>;

/** per dependency: a probe must answer well within a load balancer's probe timeout */
const TIMEOUT_MS = 3_000;

function withTimeout<T>(p: Promise<T>, ms = TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadinessFailure("timeout")), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

async function guarded(name: string, reason: string, work: () => Promise<unknown>): Promise<CheckResult> {
  try {
    await withTimeout(work());
    return "ok";
  } catch (err) {
    if (err instanceof ReadinessFailure) throw err;
    logger.warn({ dependency: name, err: (err as Error).message }, "readiness: dependency unavailable");
    throw new ReadinessFailure(reason);
  }
}

export const checkDatabase: Check = () => guarded("database", "unreachable", () => prisma.$queryRaw`SELECT 1`);

/**
 * The migration folder names shipped with this build. The path is spelled out statically so the
 * bundler's file tracing ships prisma/migrations with the route (and nothing else — a path built
 * from a variable makes Next trace the whole project into the server output).
 */
export function shippedMigrations(): string[] {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  if (!existsSync(dir)) throw new ReadinessFailure("migrations folder missing");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(process.cwd(), "prisma", "migrations", d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

/** every migration folder applied (finished, not rolled back); a newer database (rolling deploy) is fine */
export function checkMigrations(expected: () => string[] = shippedMigrations): Check {
  let confirmed = false; // applied migrations do not un-apply: once confirmed, skip the query
  return async () => {
    if (confirmed) return "ok";
    const names = expected();
    let applied: { migration_name: string }[] = [];
    await guarded("migrations", "unreachable", async () => {
      applied = await prisma.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    });
    const done = new Set(applied.map((r) => r.migration_name));
    const pending = names.filter((n) => !done.has(n));
    if (pending.length > 0) throw new ReadinessFailure(`${pending.length} pending (${pending.join(", ")})`);
    confirmed = true;
    return "ok";
  };
}

export const checkRedis: Check = async () => {
  if (!env.REDIS_URL) return "skipped";
  const store = rateLimitStore();
  if (store.kind !== "redis") return "skipped";
  const client = store.client;
  return guarded("redis", "unreachable", async () => {
    // the client refuses commands until connected (no offline queue): a fresh process waits for it
    if (client.status === "wait") await client.connect();
    else if (client.status === "end" || client.status === "close") throw new Error("redis connection closed");
    else if (client.status !== "ready") await once(client, "ready");
    await client.ping();
  });
};

/** S3 is "configured" when an endpoint is set, and always in production (AWS S3 by default) */
export const checkStorage: Check = async () => {
  if (!env.S3_ENDPOINT && !isProduction) return "skipped";
  return guarded("storage", "unreachable", () => s3().send(new HeadBucketCommand({ Bucket: bucket() })));
};

export type Checks = { database: Check; migrations: Check; redis: Check; storage: Check };

export const defaultChecks = (): Checks => ({ database: checkDatabase, migrations: checkMigrations(), redis: checkRedis, storage: checkStorage });

const ZCheck = z.enum(["ok", "skipped"]);
export const ZReadiness = z.object({
  status: z.literal("ready"),
  checks: z.object({ database: z.literal("ok"), migrations: z.literal("ok"), redis: ZCheck, storage: ZCheck }),
  latencyMs: z.number().int(),
});
export type Readiness = z.infer<typeof ZReadiness>;

export async function checkReadiness(checks: Checks): Promise<Readiness> {
  const started = performance.now();
  // the migration check needs the database: it runs after it, the others alongside
  // every check is bounded here too, so a hanging dependency fails the probe instead of hanging it
  const tagged = (name: string, check: Check) => withTimeout(check()).catch((err: unknown) => Promise.reject(Object.assign(new Error(name), { dependency: name, err })));
  const entries = await Promise.allSettled([
    tagged("database", checks.database).then(() => tagged("migrations", checks.migrations)),
    withTimeout(checks.redis()),
    withTimeout(checks.storage()),
  ]);
  const safe = (err: unknown) => [err instanceof ReadinessFailure ? err.message : "error"];
  const failed: Record<string, string[]> = {};
  const [dbAndMigrations, redis, storage] = entries;
  if (dbAndMigrations.status === "rejected") {
    const { dependency, err } = dbAndMigrations.reason as { dependency: string; err: unknown };
    failed[dependency] = safe(err);
  }
  if (redis.status === "rejected") failed.redis = safe(redis.reason);
  if (storage.status === "rejected") failed.storage = safe(storage.reason);
  if (Object.keys(failed).length > 0) {
    throw new AppError("UNAVAILABLE", `준비되지 않았습니다: ${Object.keys(failed).join(", ")}`, { fields: failed });
  }
  return {
    status: "ready",
    checks: {
      database: "ok",
      migrations: "ok",
      redis: redis.status === "fulfilled" ? redis.value : "skipped",
      storage: storage.status === "fulfilled" ? storage.value : "skipped",
    },
    latencyMs: Math.round(performance.now() - started),
  };
}

let checks: Checks | undefined;

export const readinessOperation = defineOperation({
  method: "GET",
  path: "/api/healthz/ready",
  access: "public",
  tag: "system",
  summary: "준비 상태 (데이터베이스·마이그레이션·설정된 Redis와 S3; 실패 시 503과 실패한 의존성)",
  output: ZReadiness,
  run: async () => checkReadiness((checks ??= defaultChecks())),
});
