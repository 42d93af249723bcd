// What every call of an operation goes through, whether it arrives as an API request (route.ts) or
// as a page's server action (action.ts): authenticate per `access` → rate limit (shared store) →
// parse the input with the declared schemas → run the use case with { actor, input } → the success
// status and, outside production, the response check → one error mapping (database down → 503) →
// one access-log line and the request metrics. The adapters differ only in how the input arrives
// and how the outcome is handed back.
import { after } from "next/server";
import type { Actor, SystemActor } from "@/lib/core/actor";
import { systemActor } from "@/lib/core/actor";
import { AppError, toErrorBody, type ErrorBody } from "@/lib/core/errors";
import type { Operation } from "@/lib/core/operation";
import { isProduction } from "@/lib/env";
import { logger } from "@/lib/logger";
import { recordDbError, recordRateLimited, recordRequest } from "@/lib/observability/metrics";
import { runWithRequestContext } from "@/lib/observability/request-context";
import { isCronRequest, resolveActor } from "@/lib/auth/actor";
import { enforce, rateLimitKey, RateLimitedError, type RateLimitState } from "./rate-limit";
import { checkResponse } from "./response-check";

export type Outcome = { userId?: string; limit?: RateLimitState } & (
  | { ok: true; status: number; out: unknown }
  | { ok: false; status: number; body: ErrorBody; retryAfter?: number; error: unknown }
);

async function authenticate(op: Operation, req: Request): Promise<Actor | SystemActor | null> {
  const access = op.access;
  if (access === "cron") {
    if (!isCronRequest(req)) throw new AppError("UNAUTHENTICATED", "잘못된 크론 인증입니다.");
    return systemActor("cron");
  }
  if (typeof access === "object") {
    if (!access.verify(req)) throw new AppError("UNAUTHENTICATED", "호출자 인증에 실패했습니다.");
    return systemActor(access.webhook);
  }
  if (access === "public") return resolveActor(req).catch(() => null);
  const actor = await resolveActor(req);
  if (!actor) throw new AppError("UNAUTHENTICATED");
  // role checked here, next to the data: the proxy can be bypassed
  if (access === "admin" && actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "관리자만 이용할 수 있어요.");
  if (access === "member" && actor.status === "ONBOARDING") throw new AppError("FORBIDDEN", "가입 정보 입력을 먼저 마쳐 주세요.");
  return actor;
}

export type Call = {
  op: Operation;
  /** the request: its headers authenticate the caller and key the rate limit */
  req: Request;
  requestId: string;
  /** checks that come before authentication (content type, Origin) */
  guard?: () => Promise<void> | void;
  /** the raw input parsed with the operation's schemas (params, query, body merged) */
  input: () => Promise<Record<string, unknown>>;
};

/** Runs one call of an operation to its outcome; never throws (Next's redirect/notFound aside). */
export async function execute({ op, req, requestId, guard, input }: Call): Promise<Outcome> {
  let userId: string | undefined;
  let limit: RateLimitState | undefined;
  try {
    await guard?.();
    const actor = await authenticate(op, req);
    userId = actor && "userId" in actor ? actor.userId : undefined;
    if (op.rateLimit) limit = await enforce(op.rateLimit, rateLimitKey(op.rateLimit, req, userId));
    const parsed = await input();
    const defer = (task: () => Promise<unknown>) =>
      after(() => runWithRequestContext({ requestId, operation: op.operationId }, () => task().catch((err) => logger.warn({ err: (err as Error).message }, "deferred task failed"))));
    const out = await op.run({ actor: actor as never, input: parsed as never, req, requestId, defer });
    if (out instanceof Response) return { ok: true, status: out.status, out, userId, limit };
    const status = op.statusOf ? op.statusOf(out) : (op.status ?? 200);
    if (!isProduction) checkResponse(op, status, out);
    return { ok: true, status, out, userId, limit };
  } catch (err) {
    if (err instanceof RateLimitedError) {
      limit = err.state;
      recordRateLimited(op.rateLimit?.name ?? op.operationId);
    }
    const { status, body, retryAfter, dbUnavailable } = toErrorBody(err);
    if (dbUnavailable) recordDbError("unavailable");
    if (status >= 500) {
      body.error.requestId = requestId;
      const detail = err instanceof Error ? { name: err.name, message: err.message, stack: dbUnavailable ? undefined : err.stack } : String(err);
      // the database being down is an operational state (one warn per request), not a code defect
      if (dbUnavailable) logger.warn({ operation: op.operationId, err: detail }, "database unavailable");
      else logger.error({ operation: op.operationId, err: detail }, "request failed");
    }
    return { ok: false, status, body, retryAfter, error: err, userId, limit };
  }
}

/** The one access-log line and the request metrics of a call, API or page alike. */
export function logCall(op: Operation, call: { via: "api" | "action"; method: string; path: string; status: number; userId?: string; started: number }) {
  const latency = performance.now() - call.started;
  logger.info({ userId: call.userId, operation: op.operationId, via: call.via, method: call.method, path: call.path, status: call.status, latencyMs: Math.round(latency) }, "request");
  recordRequest(op.operationId, call.method, call.status, latency / 1000);
}
