// The server Auth.js instance: Kakao sign-in through the Prisma adapter, with the member rules of
// lib/members (allow-listed admins, banned/withdrawn refused) applied before a session is issued.
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import type { NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/core/errors";
import { enforce, rateLimitHeaders, rateLimitKey, RateLimitedError, type RateLimitRule } from "@/lib/http/rate-limit";
import { logger } from "@/lib/logger";
import { recordRateLimited } from "@/lib/observability/metrics";
import { signInUserSelect, upsertKakaoMember } from "@/lib/members/upsert-kakao-member";
import { withoutForeignCallbackUrl } from "./callback-url-filter";
import { authConfig } from "./config";

const base = PrismaAdapter(prisma as never) as Adapter;

const adapter: Adapter = {
  ...base,
  // The member was already created (or found) by the signIn callback: seeded members have a
  // Kakao id but no Account row yet, so creating by Kakao id would collide.
  async createUser(data) {
    const kakaoId = (data as AdapterUser & { kakaoId?: string }).kakaoId;
    if (!kakaoId) throw new Error("Kakao id missing from profile");
    const user = await prisma.user.findUniqueOrThrow({ where: { kakaoId }, select: signInUserSelect });
    return user as unknown as AdapterUser;
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  adapter,
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ account, user }) {
      if (account?.provider !== "kakao") return false;
      try {
        const member = await upsertKakaoMember({
          kakaoId: account.providerAccountId,
          nickname: user.name ?? null,
          image: user.image ?? null,
        });
        Object.assign(user, { role: member.role, status: member.status });
        return true;
      } catch (err) {
        if (err instanceof AppError && err.code === "FORBIDDEN") return "/login?error=AccountSuspended";
        logger.error({ err: (err as Error).message }, "kakao sign-in failed");
        return "/login?error=SignInFailed";
      }
    },
  },
});

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
    return handler(withoutForeignCallbackUrl(req));
  };
}

/** The Auth.js route handlers with the sign-in limit and our-origin-only callback URLs (app/api/auth/[...nextauth]/route.ts). */
export const authRouteHandlers = { GET: withSignInLimit(handlers.GET), POST: withSignInLimit(handlers.POST) };
