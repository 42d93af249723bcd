// Optimistic gating only (redirects and early 401/403 JSON). Every route handler and page decides
// authorization again next to the data: middleware can be bypassed (CVE-2025-29927).
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { bearerToken, verifyAppJwt } from "@/lib/auth/app-jwt";
import { authConfig } from "@/lib/auth/config";

const { auth } = NextAuth(authConfig);

const MEMBER_PAGES = ["/me", "/onboarding", "/profile", "/preferences", "/recommendations", "/matches", "/payments", "/membership"];

function errorJson(status: 401 | 403) {
  const error =
    status === 401
      ? { code: "UNAUTHENTICATED", message: "로그인이 필요합니다." }
      : { code: "FORBIDDEN", message: "관리자만 접근할 수 있습니다." };
  return NextResponse.json({ error }, { status });
}

export default auth(async (req) => {
  const { pathname, search } = req.nextUrl;
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
});

export const config = {
  matcher: ["/admin/:path*", "/api/admin/:path*", "/me/:path*", "/onboarding/:path*", "/profile/:path*", "/preferences/:path*", "/recommendations/:path*", "/matches/:path*", "/payments/:path*", "/membership/:path*"],
};
