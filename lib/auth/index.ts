// The server Auth.js instance: Kakao sign-in through the Prisma adapter, with the member rules of
// lib/members (allow-listed admins, banned/withdrawn refused) applied before a session is issued.
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/core/errors";
import { logger } from "@/lib/logger";
import { signInUserSelect, upsertKakaoMember } from "@/lib/members/upsert-kakao-member";
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
