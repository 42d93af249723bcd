// Route-handler wrappers: request id, JSON access log, actor resolution and the one error mapping.
// withPublic / withMember / withAdmin / withCron adapt HTTP to use cases in lib/<domain>/.
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { logger } from "@/lib/logger";
import { AppError, toErrorBody } from "@/lib/core/errors";
import type { Actor } from "@/lib/core/actor";
import { isCronRequest, resolveActor } from "./actor";
import { clientIp, enforce, rateLimitHeaders, RateLimitedError, type RateLimitRule, type RateLimitState } from "./rate-limit";

type Params = Record<string, string | string[] | undefined>;
export type RouteContext = { params: Promise<Params> };
type Ctx<A> = { req: Request; params: Promise<Params>; requestId: string; actor: A };
type Handler<A> = (ctx: Ctx<A>) => Promise<Response | unknown>;
/** rate limit per client IP, or per user once the actor is known */
export type RouteOptions = { rateLimit?: RateLimitRule };

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function json(data: unknown, init?: ResponseInit): Response {
  return NextResponse.json(data, init);
}

function wrap<A>(resolve: (req: Request) => Promise<A>, handler: Handler<A>, opts: RouteOptions = {}) {
  return async (req: Request, context?: RouteContext): Promise<Response> => {
    const started = performance.now();
    const incoming = req.headers.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    let userId: string | undefined;
    let res: Response;
    let limit: RateLimitState | undefined;
    try {
      const actor = await resolve(req);
      userId = (actor as Actor | null)?.userId;
      if (opts.rateLimit) limit = enforce(opts.rateLimit, userId ?? `ip:${clientIp(req)}`);
      const out = await handler({ req, params: context?.params ?? Promise.resolve({}), requestId, actor });
      res = out instanceof Response ? out : json(out ?? { ok: true });
    } catch (err) {
      if (err instanceof RateLimitedError) limit = err.state;
      const { status, body } = toErrorBody(err);
      if (status >= 500) logger.error({ requestId, err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err) }, "request failed");
      res = json(body, { status });
    }
    res.headers.set("x-request-id", requestId);
    if (limit) for (const [k, v] of Object.entries(rateLimitHeaders(limit))) res.headers.set(k, v);
    if (res.status === 429 && limit) res.headers.set("Retry-After", String(Math.max(1, Math.ceil((limit.resetAt - Date.now()) / 1000))));
    const path = new URL(req.url).pathname;
    logger.info({ requestId, userId, method: req.method, path, status: res.status, latencyMs: Math.round(performance.now() - started) }, "request");
    return res;
  };
}

export const withPublic = (handler: Handler<Actor | null>, opts?: RouteOptions) =>
  wrap((req) => resolveActor(req).catch(() => null), handler, opts);

/**
 * A signed-in member (admins included). Members still onboarding are refused unless the route
 * is part of onboarding or account management (`allowOnboarding`).
 */
export const withMember = (handler: Handler<Actor>, opts: RouteOptions & { allowOnboarding?: boolean } = {}) =>
  wrap(async (req) => {
    const actor = await resolveActor(req);
    if (!actor) throw new AppError("UNAUTHENTICATED");
    if (actor.status === "ONBOARDING" && !opts.allowOnboarding) throw new AppError("FORBIDDEN", "가입 절차를 먼저 완료해 주세요.");
    return actor;
  }, handler, opts);

/** Role checked again here, next to the data: middleware can be bypassed. */
export const withAdmin = (handler: Handler<Actor>, opts?: RouteOptions) =>
  wrap(async (req) => {
    const actor = await resolveActor(req);
    if (!actor) throw new AppError("UNAUTHENTICATED");
    if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "관리자만 접근할 수 있습니다.");
    return actor;
  }, handler, opts);

export const withCron = (handler: Handler<null>) =>
  wrap(async (req) => {
    if (!isCronRequest(req)) throw new AppError("UNAUTHENTICATED", "잘못된 크론 인증입니다.");
    return null;
  }, handler);
