// Edge-safe Auth.js configuration shared by middleware and the full server instance: the Kakao
// provider (endpoints overridable by env for the local Kakao-compatible server) and JWT sessions
// that carry the user id, role and status.
import type { NextAuthConfig } from "next-auth";
import Kakao from "next-auth/providers/kakao";
import { env } from "@/lib/env";

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

export const authConfig = {
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 7 },
  pages: { signIn: "/login", error: "/login" },
  providers: [kakaoProvider],
  callbacks: {
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
