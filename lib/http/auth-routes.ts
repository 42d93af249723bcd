// The Auth.js route handlers (app/api/auth/[...nextauth]/route.ts) with a per-IP limit on Kakao
// sign-in: the HTTP side of lib/auth, next to the other request adapters and the limiter they share.
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { logger } from "@/lib/logger";
import { recordRateLimited } from "@/lib/observability/metrics";
import { enforce, rateLimitHeaders, rateLimitKey, RateLimitedError, type RateLimitRule } from "./rate-limit";

/** Kakao sign-in (the start and the callback that exchanges the code and writes the member) per client IP. */
const SIGN_IN_LIMIT: RateLimitRule = { name: "sign-in", limit: 20, windowMs: 60_000, by: "ip" };
const SIGN_IN_PATH = /^\/api\/auth\/(signin|callback)\//;

function withSignInLimit(handler: (req: NextRequest) => Promise<Response>) {
  return async (req: NextRequest): Promise<Response> => {
    if (SIGN_IN_PATH.test(new URL(req.url).pathname)) {
      try {
        await enforce(SIGN_IN_LIMIT, rateLimitKey(SIGN_IN_LIMIT, req, undefined));
      } catch (err) {
        // a browser is on its way through Kakao: it lands on the login page with a plain message
        const limited = err instanceof RateLimitedError;
        if (limited) recordRateLimited(SIGN_IN_LIMIT.name);
        else logger.warn({ err: (err as Error).message }, "sign-in rate limit store failed");
        const location = new URL(`/login?error=${limited ? "RateLimited" : "SignInFailed"}`, req.url).toString();
        return new Response(null, { status: 303, headers: { location, ...(limited ? rateLimitHeaders(err.state, true) : {}) } });
      }
    }
    return handler(req);
  };
}

/** The Auth.js route handlers with the sign-in limit (app/api/auth/[...nextauth]/route.ts). */
export const authRouteHandlers = { GET: withSignInLimit(handlers.GET), POST: withSignInLimit(handlers.POST) };
