// Optimistic page redirects and response headers only. Every route handler and page decides
// authorization again next to the data: middleware can be bypassed (CVE-2025-29927).
// - /api/*: no session check (the route adapter authenticates each call; running Auth.js here too
//   halved API throughput), only malformed-path refusal, CORS and the request id (lib/http/api-middleware).
// - pages: a Content-Security-Policy (per-request nonce on the signed-in pages, lib/http/csp), HSTS in
//   production, and Auth.js sign-in/admin redirects for the member and admin pages.
import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { isProduction } from "@/lib/env";
import { apiMiddleware } from "@/lib/http/api-middleware";
import { contentSecurityPolicy, HSTS, newNonce } from "@/lib/http/csp";

const { auth } = NextAuth(authConfig);

const MEMBER_PAGES = ["/me", "/onboarding", "/profile", "/preferences", "/recommendations", "/matches", "/payments", "/membership"];
const under = (pathname: string, prefixes: string[]) => prefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));
const isAdminPage = (pathname: string) => under(pathname, ["/admin"]);
const isMemberPage = (pathname: string) => under(pathname, MEMBER_PAGES);

/** Passes the page on with its CSP (request header for Next's nonce, response header for the browser). */
function withSecurityHeaders(req: NextRequest, nonce: string | null): NextResponse {
  const policy = contentSecurityPolicy(req.nextUrl.pathname, nonce);
  const headers = new Headers(req.headers);
  headers.set("Content-Security-Policy", policy);
  if (nonce) headers.set("x-nonce", nonce);
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

export default async function middleware(req: NextRequest, event: NextFetchEvent) {
  const { pathname } = req.nextUrl;
  if (pathname.startsWith("/api/")) return apiMiddleware(req);
  if (isAdminPage(pathname) || isMemberPage(pathname)) return (gatedPage as unknown as (r: NextRequest, e: NextFetchEvent) => Promise<Response>)(req, event);
  // public pages are prerendered (no nonce possible): the policy without one
  return withSecurityHeaders(req, null);
}

export const config = {
  // everything except static files and Next's assets; prefetches of public pages need no CSP
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|apple-icon.png|robots.txt|sitemap.xml).*)" }],
};
