// What the proxy (proxy.ts) does for the API calls it sees — paths with `%` and requests with an
// Origin (no session check: the route adapter authenticates every call next to the data): refuse a
// path with malformed percent-encoding in the JSON error shape (Next would answer it with a
// plain-text error outside the request log), answer CORS preflights, and add CORS headers for
// allow-listed origins only.
import { NextResponse, type NextRequest } from "next/server";
import { env, isProduction } from "@/lib/env";
import { HSTS } from "./csp";
import { requestIdOf } from "./request-id";

/** One access-log line in the same JSON shape as lib/logger's (the proxy bundle does not load pino). */
function logRequest(req: Request, status: number, requestId: string, msg: string) {
  const path = new URL(req.url).pathname.slice(0, 200);
  console.log(JSON.stringify({ level: 30, time: Date.now(), service: "inyeon", requestId, method: req.method, path, status, msg }));
}

/** A JSON 400 when the path cannot be percent-decoded (e.g. /api/matches/%zz), else null. */
export function apiPathProblem(pathname: string): Response | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return NextResponse.json({ error: { code: "BAD_REQUEST", message: "요청 경로의 인코딩이 올바르지 않습니다." } }, { status: 400 });
  }
}

export function isCorsAllowed(origin: string | null): origin is string {
  return origin !== null && env.CORS_ORIGINS.includes(origin);
}

export function withCors(req: Request, res: Response): Response {
  const origin = req.headers.get("origin");
  res.headers.append("Vary", "Origin");
  if (!isCorsAllowed(origin)) return res; // a foreign origin gets no allow headers at all
  res.headers.set("Access-Control-Allow-Origin", origin);
  res.headers.set("Access-Control-Allow-Credentials", "true");
  res.headers.set("Access-Control-Expose-Headers", "x-request-id, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset, retry-after");
  return res;
}

export function apiMiddleware(req: NextRequest): Response {
  const requestId = requestIdOf(req);
  let res: Response;
  const bad = apiPathProblem(req.nextUrl.pathname);
  if (bad) {
    res = bad;
    logRequest(req, 400, requestId, "request");
  } else if (req.method === "OPTIONS") {
    res = new NextResponse(null, { status: 204 });
    if (isCorsAllowed(req.headers.get("origin"))) {
      res.headers.set("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
      res.headers.set("Access-Control-Allow-Headers", "authorization, content-type, x-request-id");
      res.headers.set("Access-Control-Max-Age", "600");
    }
  } else {
    // the adapter reuses this id, so middleware and route log lines of one request agree
    const headers = new Headers(req.headers);
    headers.set("x-request-id", requestId);
    res = NextResponse.next({ request: { headers } });
  }
  res.headers.set("x-request-id", requestId);
  if (isProduction) res.headers.set("Strict-Transport-Security", HSTS);
  return withCors(req, res);
}
