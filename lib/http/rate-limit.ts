// Rate limits (X-RateLimit-* headers, 429) with rate-limiter-flexible and a store every
// instance shares: Redis when REDIS_URL is set, else the database of record (the RateLimit table,
// through lib/db's own Prisma client: no second pool). Embedded PGlite is one process by
// construction, so the table there is shared by everything that can reach it too.
// The client IP comes from a proxy header only when env TRUSTED_PROXY names that proxy; otherwise
// route handlers cannot see the socket address, so every caller shares one key per rule (a global
// limit): production refuses to start without TRUSTED_PROXY (lib/env.ts, README).
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "@/lib/core/errors";
import type { RateLimitRule } from "@/lib/core/operation";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

export type { RateLimitRule };
export type RateLimitState = { limit: number; remaining: number; resetAt: number };
export type RateLimitStore = { kind: "redis"; client: Redis; prefix: string } | { kind: "database"; prefix: string } | { kind: "memory"; prefix: string };

export class RateLimitedError extends AppError {
  constructor(readonly state: RateLimitState) {
    super("RATE_LIMITED");
  }
}

const g = globalThis as unknown as { __inyeonRateStore?: RateLimitStore; __inyeonLimiters?: Map<string, RateLimiterAbstract> };

/** The store of this process: Redis when REDIS_URL is set, else the database. */
export function rateLimitStore(): RateLimitStore {
  if (!g.__inyeonRateStore) {
    if (env.REDIS_URL) {
      // commands wait for the first connection (else every instance would count in memory while it
      // connects) but never long: a Redis outage fails a command within a second, and the insurance
      // limiter (this process's memory) answers instead
      const client = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: true, connectTimeout: 2000, commandTimeout: 1000 });
      client.on("error", (err) => logger.warn({ err: err.message }, "rate-limit redis error"));
      g.__inyeonRateStore = { kind: "redis", client, prefix: "inyeon:rl" };
    } else {
      g.__inyeonRateStore = { kind: "database", prefix: "rl" };
    }
  }
  return g.__inyeonRateStore;
}

/** Tests and scripts: use another store (e.g. Redis with a prefix of their own). */
export function setRateLimitStore(store: RateLimitStore) {
  g.__inyeonRateStore = store;
  g.__inyeonLimiters = new Map();
}

function limiterFor(rule: RateLimitRule): RateLimiterAbstract {
  const store = rateLimitStore();
  const limiters = (g.__inyeonLimiters ??= new Map());
  const id = `${rule.name}:${rule.limit}:${rule.windowMs}`;
  let limiter = limiters.get(id);
  if (limiter) return limiter;
  // Redis expiries are whole seconds
  const opts = { keyPrefix: `${store.prefix}:${rule.name}`, points: rule.limit, duration: Math.max(1, Math.ceil(rule.windowMs / 1000)) };
  if (store.kind === "redis") {
    limiter = new RateLimiterRedis({ ...opts, storeClient: store.client, insuranceLimiter: new RateLimiterMemory(opts) });
  } else if (store.kind === "database") {
    limiter = new RateLimiterPrisma({ ...opts, storeClient: prisma, tableName: "rateLimit", clearExpiredByTimeout: true });
  } else {
    limiter = new RateLimiterMemory(opts);
  }
  limiters.set(id, limiter);
  return limiter;
}

const stateOf = (rule: RateLimitRule, res: RateLimiterRes): RateLimitState => ({
  limit: rule.limit,
  remaining: Math.max(0, rule.limit - res.consumedPoints),
  resetAt: Date.now() + Math.max(0, res.msBeforeNext),
});

/** Counts one request against `rule` for `key`; throws RATE_LIMITED (429) past the limit. */
export async function enforce(rule: RateLimitRule, key: string): Promise<RateLimitState> {
  try {
    return stateOf(rule, await limiterFor(rule).consume(key));
  } catch (err) {
    if (err instanceof RateLimiterRes) throw new RateLimitedError(stateOf(rule, err));
    throw err; // a store failure: the database one maps to 503 like any other query
  }
}

/** X-RateLimit-Limit/Remaining/Reset, and Retry-After when the request was refused (`limited`). */
export function rateLimitHeaders(state: RateLimitState, limited: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    "X-RateLimit-Limit": String(state.limit),
    "X-RateLimit-Remaining": String(state.remaining),
    "X-RateLimit-Reset": String(Math.ceil(state.resetAt / 1000)),
  };
  if (limited) headers["Retry-After"] = String(Math.max(1, Math.ceil((state.resetAt - Date.now()) / 1000)));
  return headers;
}

/**
 * The client IP as the configured proxy reports it, or "untrusted" when no proxy is trusted (a
 * header a client can write is never an identity). vercel: x-vercel-forwarded-for, then x-real-ip;
 * x-real-ip: that header (nginx `proxy_set_header X-Real-IP $remote_addr`); x-forwarded-for: its
 * LAST entry, the one our own proxy appended.
 */
export function clientIp(req: Request, trusted = env.TRUSTED_PROXY): string {
  const h = req.headers;
  let ip: string | null | undefined;
  if (trusted === "vercel") ip = h.get("x-vercel-forwarded-for")?.split(",")[0] ?? h.get("x-real-ip");
  else if (trusted === "x-real-ip") ip = h.get("x-real-ip");
  else if (trusted === "x-forwarded-for") ip = h.get("x-forwarded-for")?.split(",").at(-1);
  ip = ip?.trim();
  return ip && /^[0-9a-fA-F:.]{2,45}$/.test(ip) ? ip.toLowerCase() : "untrusted";
}

/**
 * The key a request counts under. An "ip" rule counts per client IP, always: a credential never moves
 * the caller onto a counter of its own (rotating a handful of member tokens would otherwise multiply
 * the limit on token guessing). An "actor" rule counts per signed-in actor, per IP when anonymous.
 * `userId` is the authenticated actor of an operation that requires one; the adapter passes none for
 * public operations, whose bearer token is whatever the caller chose to send.
 */
export function rateLimitKey(rule: RateLimitRule, req: Request, userId: string | undefined): string {
  if (rule.by !== "ip" && userId) return `u:${userId}`;
  return `ip:${clientIp(req)}`;
}
