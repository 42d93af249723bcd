// The adapter from an operation declaration (lib/core/operation.ts) to a Next route handler: request
// id (carried into every log line) → request guards (JSON content type, Origin on cookie writes) →
// the shared pipeline (pipeline.ts: authenticate, rate limit, parse, run, response check, error
// mapping, log line, metrics) → the JSON response with its headers. Pages reach the same operations
// through action.ts.
import { appendFileSync } from "node:fs";
import { AppError } from "@/lib/core/errors";
import type { Operation } from "@/lib/core/operation";
import { parseJsonText, parseParams, parseQuery, parseWith, rejectNul } from "@/lib/core/parse";
import { env, isProduction } from "@/lib/env";
import { HSTS } from "./csp";
import { execute, logCall } from "./pipeline";
import { rateLimitHeaders } from "./rate-limit";
import { assertJsonContentType, assertSameOriginWrite } from "./request-guards";
import { requestIdOf } from "./request-id";
import { runWithRequestContext } from "@/lib/observability/request-context";

type Params = Record<string, string | string[] | undefined>;
export type RouteContext = { params: Promise<Params> };
export type RouteHandler = ((req: Request, context?: RouteContext) => Promise<Response>) & { operation: Operation };

export function json(data: unknown, init?: ResponseInit): Response {
  return Response.json(data, init);
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
  let bodyText = "";
  const outcome = await execute({
    op,
    req,
    requestId,
    guard: async () => {
      assertSameOriginWrite(op, req);
      // JSON operations read their body here (once): the content type is checked against what arrived
      bodyText = op.bodyEncoding === "form" || req.method === "GET" || req.method === "HEAD" ? "" : await req.text();
      assertJsonContentType(op, req, bodyText);
    },
    input: () => parseInput(op, req, context?.params ?? Promise.resolve({}), bodyText),
  });
  const res = outcome.ok ? (outcome.out instanceof Response ? outcome.out : json(outcome.out, { status: outcome.status })) : json(outcome.body, { status: outcome.status });
  if (!outcome.ok && outcome.retryAfter) res.headers.set("Retry-After", String(outcome.retryAfter));
  res.headers.set("x-request-id", requestId);
  // the proxy skips most API calls (proxy.ts), so the adapter sets HSTS itself
  if (isProduction) res.headers.set("Strict-Transport-Security", HSTS);
  if (outcome.limit) for (const [k, v] of Object.entries(rateLimitHeaders(outcome.limit, res.status === 429))) res.headers.set(k, v);
  logCall(op, { via: "api", method: req.method, path: new URL(req.url).pathname, status: res.status, userId: outcome.userId, started });
  if (env.CONTRACT_LOG && res.status < 300) appendFileSync(env.CONTRACT_LOG, `${op.method} ${op.path}\n`);
  return res;
}
