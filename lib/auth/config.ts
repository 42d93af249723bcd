// Auth.js configuration shared by the proxy (proxy.ts) and the full server instance: the Kakao
// provider (endpoints overridable by env for the local Kakao-compatible server) and JWT sessions
// that carry the user id, role and status.
import type { NextAuthConfig } from "next-auth";
import Kakao from "next-auth/providers/kakao";
import { env } from "@/lib/env";
import { redirectCallback } from "./callback-url";

type KakaoProfile = {
  id: number | string;
  kakao_account?: { profile?: { nickname?: string; profile_image_url?: string } };
  properties?: { nickname?: string };
};

export const kakaoProvider = Kakao({
  clientId: env.KAKAO_CLIENT_ID,
  clientSecret: env.KAKAO_CLIENT_SECRET,
  // Kakao rejects scope=openid unless OIDC is enabled (KOE205): send an empty scope.
  authorization: { url: `${env.KAKAO_AUTH_BASE}/oauth/authorize`, params: { scope: "" } },
  token: `${env.KAKAO_AUTH_BASE}/oauth/token`,
  userinfo: `${env.KAKAO_API_BASE}/v2/user/me`,
  // Members are keyed on the Kakao id; email is not collected (it may be absent anyway).
  profile(profile: KakaoProfile) {
    const kakaoId = String(profile.id);
    return {
      id: kakaoId,
      kakaoId,
      name: profile.kakao_account?.profile?.nickname ?? profile.properties?.nickname ?? null,
      email: null,
      image: profile.kakao_account?.profile?.profile_image_url ?? null,
    };
  },
});

/** One JSON line like lib/logger's (the proxy bundle does not load pino). */
function log(level: "info" | "warn" | "error", msg: string, fields: Record<string, unknown> = {}) {
  if (env.LOG_LEVEL === "silent" || (env.APP_ENV === "test" && level === "info")) return;
  const line = JSON.stringify({ level: { info: 30, warn: 40, error: 50 }[level], time: Date.now(), service: "inyeon", ...fields, msg });
  (level === "info" ? console.log : console.error)(line);
}

/** Auth.js error types caused by the request, not by the server (https://errors.authjs.dev). */
const CLIENT_ERRORS = new Set(["InvalidCheck", "MissingCSRF", "UnknownAction", "InvalidCallbackUrl", "AccessDenied", "Verification"]);

/** The first line of a stack (where it was thrown), not the 25 lines Auth.js prints by default. */
const thrownAt = (err: unknown) => (err instanceof Error ? err.stack?.split("\n")[1]?.trim() : undefined);

/**
 * Auth.js's logger (https://authjs.dev/guides/debugging#logging). A member who presses "취소" on
 * Kakao's consent page comes back with ?error=access_denied: Auth.js reports it as an
 * OAuthCallbackError and redirects to pages.signIn with ?error=OAuthCallbackError, where /login says
 * so calmly. That is an ordinary choice, logged as one info line (the provider's error code arrives
 * through the debug hook just before), never as an error with a stack.
 */
export const authLogger: NonNullable<NextAuthConfig["logger"]> = {
  error(error) {
    const type = (error as { type?: string }).type ?? error.name;
    if (type === "OAuthCallbackError") return; // logged by debug() below, with the provider's code
    // requests a client got wrong (a replayed or forged callback, a missing CSRF token): bad input, no stack
    if (CLIENT_ERRORS.has(type)) return log("warn", "auth request refused", { type });
    const cause = (error as { cause?: { err?: unknown } }).cause?.err;
    log("error", "auth error", { type, message: error.message, cause: cause instanceof Error ? cause.message : undefined, at: thrownAt(cause ?? error) });
  },
  warn(code) {
    log("warn", "auth warning", { code });
  },
  debug(message, metadata) {
    if (message !== "OAuthCallbackError") return;
    const { providerId, error } = (metadata ?? {}) as { providerId?: string; error?: string };
    if (error === "access_denied") log("info", "sign-in cancelled on the consent page", { provider: providerId });
    else log("warn", "OAuth provider returned an error", { provider: providerId, error });
  },
};

export const authConfig = {
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 7 },
  // Auth.js sends sign-in problems (kind "signIn") to pages.signIn and the rest to pages.error
  pages: { signIn: "/login", error: "/login" },
  logger: authLogger,
  providers: [kakaoProvider],
  callbacks: {
    // a callbackUrl from the form body (the query and the cookie are filtered before Auth.js sees them)
    redirect: redirectCallback,
    jwt({ token, user }) {
      if (user) {
        const u = user as { id?: string; role?: string; status?: string };
        token.uid = u.id;
        token.role = u.role;
        token.status = u.status;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: {
          ...session.user,
          id: token.uid as string,
          role: token.role as string | undefined,
          status: token.status as string | undefined,
        },
      };
    },
  },
} satisfies NextAuthConfig;
