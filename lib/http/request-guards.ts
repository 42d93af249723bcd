// Request guards against cross-site writes (issue 12 #8): a browser lets any site send a
// "simple" request (text/plain or form-encoded, with the cookies SameSite allows) without a CORS
// preflight. So a state-changing JSON operation only accepts `application/json` (which a foreign
// page cannot send without a preflight that CORS refuses), and a write carrying cookies must come
// from our own origin (or an allow-listed one). Bearer-token calls carry no ambient authority and
// are exempt; cron and webhooks authenticate themselves.
import { AppError } from "@/lib/core/errors";
import type { Operation } from "@/lib/core/operation";
import { env } from "@/lib/env";
import { bearerToken } from "@/lib/core/bearer-token";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

const isMachineCaller = (op: Operation) => op.access === "cron" || typeof op.access === "object";

/** 415 unless a JSON operation's non-empty body (or any declared content type) is application/json. */
export function assertJsonContentType(op: Operation, req: Request, bodyText: string) {
  if (SAFE_METHODS.has(req.method) || op.bodyEncoding === "form") return;
  const type = req.headers.get("content-type");
  if (type === null ? bodyText.length > 0 : !JSON_TYPE.test(type)) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
}

/** The origins that may write with our cookies: the app itself, the request's own origin, and CORS_ORIGINS. */
export function isAllowedOrigin(origin: string, req: Request): boolean {
  if (origin === new URL(req.url).origin) return true;
  if (origin === new URL(env.APP_URL).origin) return true;
  return env.CORS_ORIGINS.includes(origin);
}

/** 403 for a cookie-authenticated write from a foreign origin (Origin, or Sec-Fetch-Site when Origin is absent). */
export function assertSameOriginWrite(op: Operation, req: Request) {
  if (SAFE_METHODS.has(req.method) || isMachineCaller(op)) return;
  if (bearerToken(req) || !req.headers.get("cookie")) return;
  const origin = req.headers.get("origin");
  const site = req.headers.get("sec-fetch-site");
  const foreign = origin !== null ? origin === "null" || !isAllowedOrigin(origin, req) : site === "cross-site";
  if (foreign) throw new AppError("FORBIDDEN", "허용되지 않은 요청이에요. 페이지를 새로고침한 뒤 다시 시도해 주세요.");
}
