// Optimistic page redirects and response headers only. Every route handler and page decides
// authorization again next to the data: a proxy can be bypassed (CVE-2025-29927).
// `proxy.ts` is Next 16's name for middleware; it runs in the Node.js runtime (the edge sandbox
// `middleware.ts` ran in cost a third of `/api/me`'s throughput, docs/benchmarks.md).
// - pages: a Content-Security-Policy (per-request nonce on the signed-in pages, lib/http/csp), HSTS in
//   production, and Auth.js sign-in/admin redirects for the member and admin pages.
// - /api/*: only where the route adapter cannot answer for itself (lib/http/api-middleware): a path
//   with `%` (malformed percent-encoding fails in Next before any handler runs) and requests that
//   carry an Origin (CORS preflight and allow headers). No session check: the adapter authenticates
//   every call, and running the proxy on every API call only cost time.
import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { isProduction } from "@/lib/env";
import { apiMiddleware } from "@/lib/http/api-middleware";
import { contentSecurityPolicy, HSTS, newNonce } from "@/lib/http/csp";

const { auth } = NextAuth(authConfig);

const MEMBER_PAGES = ["/me", "/onboarding", "/profile", "/preferences", "/recommendations", "/matches", "/payments", "/consultations", "/help"];
// /membership is public: its prices are readable before sign-in (the buy button asks to sign in)
const under = (pathname: string, prefixes: string[]) => prefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));
const isAdminPage = (pathname: string) => under(pathname, ["/admin"]);
const isMemberPage = (pathname: string) => under(pathname, MEMBER_PAGES);

/** Passes the page on with its CSP (request header for Next's nonce, response header for the browser). */
function withSecurityHeaders(req: NextRequest, nonce: string | null): NextResponse {
  const policy = contentSecurityPolicy(req.nextUrl.pathname, nonce);
  // without a nonce Next has nothing to read from the request: the response header is enough
  if (!nonce) return decorate(NextResponse.next(), policy);
  const headers = new Headers(req.headers);
  headers.set("Content-Security-Policy", policy);
  headers.set("x-nonce", nonce);
  const res = NextResponse.next({ request: { headers } });
  return decorate(res, policy);
}

function decorate(res: NextResponse, policy: string): NextResponse {
  res.headers.set("Content-Security-Policy", policy);
  if (isProduction) res.headers.set("Strict-Transport-Security", HSTS);
  return res;
}

// signed-in pages are rendered per request: they can carry a nonce
const gatedPage = auth(async (req) => {
  const { pathname, search } = req.nextUrl;
  const nonce = newNonce();
  const policy = contentSecurityPolicy(pathname, nonce);
  const user = req.auth?.user as { role?: string } | undefined;
  if (!user) {
    const login = new URL("/login", req.nextUrl);
    login.searchParams.set("callbackUrl", pathname + search);
    return decorate(NextResponse.redirect(login), policy);
  }
  if (isAdminPage(pathname) && user.role !== "ADMIN") return decorate(NextResponse.redirect(new URL("/me?error=forbidden", req.nextUrl)), policy);
  return withSecurityHeaders(req, nonce);
});

export async function proxy(req: NextRequest, event: NextFetchEvent) {
  const { pathname } = req.nextUrl;
  if (pathname.startsWith("/api/")) return apiMiddleware(req);
  if (isAdminPage(pathname) || isMemberPage(pathname)) return (gatedPage as unknown as (r: NextRequest, e: NextFetchEvent) => Promise<Response>)(req, event);
  // public pages are prerendered (no nonce possible): the policy without one
  return withSecurityHeaders(req, null);
}

export const config = {
  matcher: [
    // pages: everything except the API, static files and Next's assets
    { source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|apple-icon.png|robots.txt|sitemap.xml).*)" },
    // API paths with a percent sign: the only ones whose encoding can be malformed
    { source: "/api/:path(.*%.*)" },
    // cross-origin (and same-origin write) API requests: CORS
    { source: "/api/:path*", has: [{ type: "header", key: "origin" }] },
  ],
};
