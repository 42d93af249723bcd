// Fixed-window rate limiter (seed B §8: X-RateLimit-* headers). In memory, per server instance:
// enough to blunt brute force and scripted abuse on one instance; a shared store (Redis) is the
// upgrade path when the app runs on many instances.
import { AppError } from "@/lib/core/errors";

export type RateLimitRule = { name: string; limit: number; windowMs: number };
export type RateLimitState = { limit: number; remaining: number; resetAt: number };

const buckets = new Map<string, { count: number; resetAt: number }>();
const MAX_KEYS = 50_000;

function hit(rule: RateLimitRule, key: string, now: number): RateLimitState & { exceeded: boolean } {
  const id = `${rule.name}:${key}`;
  let bucket = buckets.get(id);
  if (!bucket || bucket.resetAt <= now) {
    if (buckets.size >= MAX_KEYS) sweep(now);
    bucket = { count: 0, resetAt: now + rule.windowMs };
    buckets.set(id, bucket);
  }
  bucket.count++;
  return { limit: rule.limit, remaining: Math.max(0, rule.limit - bucket.count), resetAt: bucket.resetAt, exceeded: bucket.count > rule.limit };
}

function sweep(now: number) {
  for (const [id, b] of buckets) if (b.resetAt <= now) buckets.delete(id);
  if (buckets.size >= MAX_KEYS) buckets.clear();
}

export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    "X-RateLimit-Limit": String(state.limit),
    "X-RateLimit-Remaining": String(state.remaining),
    "X-RateLimit-Reset": String(Math.ceil(state.resetAt / 1000)),
  };
}

export class RateLimitedError extends AppError {
  constructor(readonly state: RateLimitState) {
    super("RATE_LIMITED");
  }
}

/** Counts one request; throws RATE_LIMITED (429) past the limit. */
export function enforce(rule: RateLimitRule, key: string, now = Date.now()): RateLimitState {
  const { exceeded, ...state } = hit(rule, key, now);
  if (exceeded) throw new RateLimitedError(state);
  return state;
}

export function clientIp(req: Request): string {
  // Vercel and most proxies put the client first in x-forwarded-for
  return req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || req.headers.get("x-real-ip") || "local";
}

export function resetRateLimits() {
  buckets.clear();
}
