// Sign-in for a verified Kakao identity (the Auth.js callback and POST /api/auth/sync-kakao): find the member by Kakao id or create one; the admin allow-list decides the
// role; banned and withdrawn members are refused.
import { env } from "@/lib/env";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/core/errors";
import type { KakaoIdentity } from "./kakao-api";

export const signInUserSelect = {
  id: true,
  kakaoId: true,
  name: true,
  email: true,
  emailVerified: true,
  image: true,
  role: true,
  status: true,
  createdAt: true,
} as const;

export function isAdminKakaoId(kakaoId: string): boolean {
  return env.ADMIN_KAKAO_IDS.includes(kakaoId);
}

export function assertMaySignIn(user: { status: string }): void {
  if (user.status === "BANNED") throw new AppError("FORBIDDEN", "이용이 정지된 계정이에요. 궁금한 점은 고객센터로 문의해 주세요.");
  if (user.status === "WITHDRAWN") throw new AppError("FORBIDDEN", "탈퇴한 계정이에요. 궁금한 점은 고객센터로 문의해 주세요.");
}

export async function upsertKakaoMember(identity: KakaoIdentity) {
  const role = isAdminKakaoId(identity.kakaoId) ? "ADMIN" : "MEMBER";
  const existing = await prisma.user.findUnique({ where: { kakaoId: identity.kakaoId }, select: signInUserSelect });
  if (existing) {
    assertMaySignIn(existing);
    if (existing.role === role) return existing;
    return prisma.user.update({ where: { id: existing.id }, data: { role }, select: signInUserSelect });
  }
  return prisma.user.upsert({
    where: { kakaoId: identity.kakaoId },
    // a concurrent first sign-in of the same account lands here instead of failing on the unique key
    update: {},
    create: {
      kakaoId: identity.kakaoId,
      name: identity.nickname,
      image: identity.image,
      role,
      // admins run the service; they have no member onboarding to do
      status: role === "ADMIN" ? "ACTIVE" : "ONBOARDING",
    },
    select: signInUserSelect,
  });
}
