// Optimistic gating only (redirects and early 401/403 JSON). Every route handler and page decides
// authorization again next to the data: middleware can be bypassed (CVE-2025-29927).
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { bearerToken, verifyAppJwt } from "@/lib/auth/app-jwt";
import { authConfig } from "@/lib/auth/config";
import { env } from "@/lib/env";

const { auth } = NextAuth(authConfig);

const MEMBER_PAGES = ["/me", "/onboarding", "/profile", "/preferences", "/recommendations", "/matches", "/payments", "/membership"];

function errorJson(status: 401 | 403) {
  const error =
    status === 401
      ? { code: "UNAUTHENTICATED", message: "로그인이 필요합니다." }
      : { code: "FORBIDDEN", message: "관리자만 접근할 수 있습니다." };
  return NextResponse.json({ error }, { status });
}

/** CORS for the JSON API: only allow-listed web origins (seed A/B: CORS whitelist). */
function withCors(req: Request, res: NextResponse): NextResponse {
  const origin = req.headers.get("origin");
  if (origin && env.CORS_ORIGINS.includes(origin)) {
    res.headers.set("Access-Control-Allow-Origin", origin);
    res.headers.set("Access-Control-Allow-Credentials", "true");
    res.headers.set("Access-Control-Allow-Headers", "authorization, content-type, x-request-id");
    res.headers.set("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
    res.headers.set("Access-Control-Expose-Headers", "x-request-id, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset");
    res.headers.set("Vary", "Origin");
  }
  return res;
}

export default auth(async (req) => withCors(req, await gate(req)));

async function gate(req: Parameters<Parameters<typeof auth>[0]>[0]): Promise<NextResponse> {
  const { pathname, search } = req.nextUrl;
  if (pathname.startsWith("/api/") && req.method === "OPTIONS") return new NextResponse(null, { status: 204 });
  const role = req.auth?.user ? (req.auth.user as { role?: string }).role : undefined;

  if (pathname.startsWith("/api/admin")) {
    const bearer = bearerToken(req);
    if (bearer) {
      const claims = await verifyAppJwt(bearer);
      if (!claims) return errorJson(401);
      return claims.role === "ADMIN" ? NextResponse.next() : errorJson(403);
    }
    if (!req.auth?.user) return errorJson(401);
    return role === "ADMIN" ? NextResponse.next() : errorJson(403);
  }

  const isAdminPage = pathname === "/admin" || pathname.startsWith("/admin/");
  const isMemberPage = MEMBER_PAGES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if ((isAdminPage || isMemberPage) && !req.auth?.user) {
    const login = new URL("/login", req.nextUrl);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  if (isAdminPage && role !== "ADMIN") return NextResponse.redirect(new URL("/me?error=forbidden", req.nextUrl));
  return NextResponse.next();
}

export const config = {
  matcher: ["/admin/:path*", "/api/:path*", "/me/:path*", "/onboarding/:path*", "/profile/:path*", "/preferences/:path*", "/recommendations/:path*", "/matches/:path*", "/payments/:path*", "/membership/:path*"],
};
