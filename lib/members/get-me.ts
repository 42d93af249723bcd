// GET /api/me use case: the caller's own account — user, own identity (real name, masked phone),
// profile with photo URLs, preferences, membership and status. Only ever the caller's own data.
import { prisma } from "@/lib/db";
import { decryptPiiOrNull, maskPhone } from "@/lib/crypto/pii";
import type { Actor } from "@/lib/core/actor";
import { notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { getOwnPreferences, getOwnProfile } from "@/lib/profiles/get-own-profile";
import { fromDbDate } from "./age";
import { toUserDto, ZMeDto, type MeDto } from "./schemas";
import { signInUserSelect } from "./upsert-kakao-member";

export async function getMe({ actor }: { actor: Actor }): Promise<MeDto> {
  const user = await prisma.user.findUnique({
    where: { id: actor.userId },
    select: {
      ...signInUserSelect,
      realNameEnc: true,
      phoneEnc: true,
      birthDate: true,
      gender: true,
      onboardedAt: true,
      identityVerifiedAt: true,
      membershipTier: true,
      membershipExpiresAt: true,
    },
  });
  if (!user) throw notFound("회원");
  const [profile, preferences] = await Promise.all([getOwnProfile(actor.userId), getOwnPreferences(actor.userId)]);
  const phone = decryptPiiOrNull(user.phoneEnc);
  return {
    user: toUserDto(user),
    /** the member's own identity as given at onboarding (the phone masked even to its owner) */
    account: {
      realName: decryptPiiOrNull(user.realNameEnc),
      phone: phone ? maskPhone(phone) : null,
      birthDate: user.birthDate ? fromDbDate(user.birthDate) : null,
      gender: user.gender,
      onboardedAt: user.onboardedAt?.toISOString() ?? null,
      identityVerified: user.identityVerifiedAt !== null,
    },
    profile,
    preferences,
    membership: { tier: user.membershipTier, expiresAt: user.membershipExpiresAt?.toISOString() ?? null },
    status: user.status,
  };
}

export const getMeOperation = defineOperation({
  method: "GET",
  path: "/api/me",
  access: "onboarding",
  tag: "members",
  summary: "내 계정, 프로필, 선호 조건, 멤버십, 상태",
  output: ZMeDto,
  run: getMe,
});
