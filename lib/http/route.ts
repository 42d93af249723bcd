// The one adapter from an operation declaration (lib/core/operation.ts) to a Next route handler:
// request id (carried into every log line) → request guards (JSON content type, Origin on cookie
// writes) → authenticate per `access` → rate limit (shared store) → parse params, query and body with
// the declared schemas → call the use case with { actor, input } → shape the response, checked
// against the declared output schema outside production → one error mapping (database down → 503),
// one access-log line and the request metrics.
import { appendFileSync } from "node:fs";
import { after } from "next/server";
import type { Actor, SystemActor } from "@/lib/core/actor";
import { systemActor } from "@/lib/core/actor";
import { AppError, toErrorBody } from "@/lib/core/errors";
import { isReply, type Operation } from "@/lib/core/operation";
import { parseJsonText, parseParams, parseQuery, parseWith, rejectNul } from "@/lib/core/parse";
import { env, isProduction } from "@/lib/env";
import { logger } from "@/lib/logger";
import { recordDbError, recordRateLimited, recordRequest } from "@/lib/observability/metrics";
import { runWithRequestContext } from "@/lib/observability/request-context";
import { isCronRequest, resolveActor } from "./actor";
import { assertJsonContentType, assertSameOriginWrite } from "./request-guards";
import { enforce, rateLimitHeaders, rateLimitKey, RateLimitedError, type RateLimitState } from "./rate-limit";
import { requestIdOf } from "./request-id";
import { checkResponse } from "./response-check";
import { HSTS } from "./csp";

type Params = Record<string, string | string[] | undefined>;
export type RouteContext = { params: Promise<Params> };
export type RouteHandler = ((req: Request, context?: RouteContext) => Promise<Response>) & { operation: Operation };

export function json(data: unknown, init?: ResponseInit): Response {
  return Response.json(data, init);
}

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

/** Kakao-style callbacks send their fields as a form body, JSON, or the query string. */
async function formInput(req: Request): Promise<Record<string, string>> {
  const fields: Record<string, string> = Object.fromEntries(new URL(req.url).searchParams);
  if (req.method === "GET" || req.method === "HEAD") return fields;
  const text = await req.text();
  if ((req.headers.get("content-type") ?? "").includes("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new AppError("VALIDATION_FAILED", "요청 본문이 올바른 JSON이 아닙니다.");
    }
    if (parsed && typeof parsed === "object") for (const [k, v] of Object.entries(parsed)) fields[k] = String(v);
  } else {
    for (const [k, v] of new URLSearchParams(text)) fields[k] = v;
  }
  rejectNul(fields);
  return fields;
}

async function parseInput(op: Operation, req: Request, params: Promise<Params>, bodyText: string): Promise<Record<string, unknown>> {
  const input: Record<string, unknown> = {};
  if (op.params) Object.assign(input, await parseParams(params, op.params));
  if (op.bodyEncoding === "form") {
    if (op.body) Object.assign(input, parseWith(op.body, await formInput(req)));
    return input;
  }
  if (op.query) Object.assign(input, parseQuery(req, op.query));
  if (op.body) Object.assign(input, parseJsonText(bodyText, op.body));
  return input;
}

/** Turns a declared operation into the route handler `app/api/**\/route.ts` exports. */
export function route(op: Operation): RouteHandler {
  const handler = async (req: Request, context?: RouteContext): Promise<Response> => {
    const requestId = requestIdOf(req);
    return runWithRequestContext({ requestId, operation: op.operationId }, () => handle(op, req, context, requestId));
  };
  return Object.assign(handler, { operation: op });
}

async function handle(op: Operation, req: Request, context: RouteContext | undefined, requestId: string): Promise<Response> {
  const started = performance.now();
  let userId: string | undefined;
  let res: Response;
  let limit: RateLimitState | undefined;
  try {
    assertSameOriginWrite(op, req);
    // JSON operations read their body here (once): the content type is checked against what arrived
    const bodyText = op.bodyEncoding === "form" || req.method === "GET" || req.method === "HEAD" ? "" : await req.text();
    assertJsonContentType(op, req, bodyText);
    const actor = await authenticate(op, req);
    userId = actor && "userId" in actor ? actor.userId : undefined;
    // a public operation counts per client, never per a bearer token the caller picked (rate-limit.ts)
    if (op.rateLimit) limit = await enforce(op.rateLimit, rateLimitKey(op.rateLimit, req, op.access === "public" ? undefined : userId));
    const input = await parseInput(op, req, context?.params ?? Promise.resolve({}), bodyText);
    const defer = (task: () => Promise<unknown>) =>
      after(() => runWithRequestContext({ requestId, operation: op.operationId }, () => task().catch((err) => logger.warn({ err: (err as Error).message }, "deferred task failed"))));
    const out = await op.run({ actor: actor as never, input: input as never, req, requestId, defer });
    if (out instanceof Response) {
      res = out;
    } else {
      const status = isReply(out) ? out.status : (op.status ?? 200);
      const body = isReply(out) ? out.body : out;
      if (!isProduction) checkResponse(op, status, body);
      res = json(body, { status, headers: isReply(out) ? out.headers : undefined });
    }
  } catch (err) {
    if (err instanceof RateLimitedError) {
      limit = err.state;
      recordRateLimited(op.rateLimit?.name ?? op.operationId);
    }
    const { status, body, retryAfter, dbUnavailable } = toErrorBody(err);
    if (dbUnavailable) recordDbError("unavailable");
    if (status >= 500) {
      body.error.requestId = requestId;
      // a dependency that is down (the database, Kakao, Toss, S3: UNAVAILABLE) is an operational state,
      // one warn per request without a stack; anything else is a code defect
      const dependencyDown = dbUnavailable || (err instanceof AppError && err.code === "UNAVAILABLE");
      const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : undefined;
      const detail = err instanceof Error ? { name: err.name, message: err.message, cause, stack: dependencyDown ? undefined : err.stack } : String(err);
      if (dbUnavailable) logger.warn({ operation: op.operationId, err: detail }, "database unavailable");
      else if (dependencyDown) logger.warn({ operation: op.operationId, err: detail }, "dependency unavailable");
      else logger.error({ operation: op.operationId, err: detail }, "request failed");
    }
    res = json(body, { status });
    if (retryAfter) res.headers.set("Retry-After", String(retryAfter));
  }
  res.headers.set("x-request-id", requestId);
  // the proxy skips most API calls (proxy.ts), so the adapter sets HSTS itself
  if (isProduction) res.headers.set("Strict-Transport-Security", HSTS);
  if (limit) for (const [k, v] of Object.entries(rateLimitHeaders(limit, res.status === 429))) res.headers.set(k, v);
  const latency = performance.now() - started;
  const path = new URL(req.url).pathname;
  logger.info({ userId, operation: op.operationId, method: req.method, path, status: res.status, latencyMs: Math.round(latency) }, "request");
  recordRequest(op.operationId, req.method, res.status, latency / 1000);
  if (env.CONTRACT_LOG && res.status < 300) appendFileSync(env.CONTRACT_LOG, `${op.method} ${op.path}\n`);
  return res;
}
