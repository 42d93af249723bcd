// Drops a callbackUrl query parameter or callback-url cookie that is not on our origin before Auth.js
// sees it (lib/auth/callback-url.ts says why): Auth.js then uses its default, a page of ours.
import { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { sameOriginUrl } from "@/lib/auth/callback-url";

const CALLBACK_COOKIE = /^(__Secure-)?authjs\.callback-url$/;

/**
 * The request without a callbackUrl query parameter or callback-url cookie that is not ours (the
 * request's origin, or APP_URL's behind a proxy), before Auth.js checks them. One warn line says what
 * was dropped (never the value: it is whatever the client sent).
 */
export function withoutForeignCallbackUrl(req: NextRequest): NextRequest {
  const url = new URL(req.url);
  const ours = (value: string) => sameOriginUrl(value, url.origin) !== null || sameOriginUrl(value, new URL(env.APP_URL).origin) !== null;
  const dropped: string[] = [];
  const query = url.searchParams.get("callbackUrl");
  if (query !== null && !ours(query)) {
    url.searchParams.delete("callbackUrl");
    dropped.push("query");
  }
  const headers = new Headers(req.headers);
  const cookies = (req.headers.get("cookie") ?? "").split(/;\s*/).filter(Boolean);
  const kept = cookies.filter((pair) => {
    const at = pair.indexOf("=");
    if (at < 0 || !CALLBACK_COOKIE.test(pair.slice(0, at).trim())) return true;
    let value: string;
    try {
      value = decodeURIComponent(pair.slice(at + 1));
    } catch {
      return false;
    }
    return ours(value);
  });
  if (kept.length !== cookies.length) {
    headers.set("cookie", kept.join("; "));
    dropped.push("cookie");
  }
  if (dropped.length === 0) return req;
  logger.warn({ dropped }, "auth callbackUrl ignored: not on this origin");
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : req.body;
  // a streamed body needs duplex "half" (undici), which the init type does not list
  const init = { method: req.method, headers, body, duplex: "half" };
  return new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]);
}
