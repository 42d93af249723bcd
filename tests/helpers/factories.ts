// Test data builders for integration tests (write straight through Prisma).
import { randomInt, randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import type { Gender, Role, UserStatus } from "@/lib/generated/prisma/enums";
import type { MarriageFacts, MarriagePrefs } from "@/lib/core/marriage";

let seq = 0;

export type MemberInput = {
  role?: Role;
  status?: UserStatus;
  gender?: Gender;
  birthYear?: number;
  region?: string;
  withProfile?: boolean;
  targetGender?: Gender;
  ageMin?: number;
  ageMax?: number;
  regions?: string[];
  keywords?: string[];
  prefKeywords?: string[];
  createdAt?: Date;
  /** one APPROVED photo row (no object in storage), so the member is recommendable; default: with a profile */
  approvedPhoto?: boolean;
  /** the marriage profile and preferences (default: unanswered, none) */
  height?: number | null;
  marriage?: Partial<MarriageFacts>;
  marriagePrefs?: Partial<MarriagePrefs>;
  visibility?: Record<string, boolean>;
};

/** An APPROVED photo row for `userId` (docs/photos.md); the object itself is not written. */
export async function approvedPhoto(userId: string, position = 0) {
  const name = randomUUID();
  return prisma.photo.create({
    data: { userId, key: `photos/${userId}/${name}.jpg`, publicKey: `photos/${userId}/public/${name}.jpg`, position, status: "APPROVED", reviewedAt: new Date() },
  });
}

export async function createMember(input: MemberInput = {}) {
  seq += 1;
  const gender = input.gender ?? (seq % 2 ? "M" : "F");
  const user = await prisma.user.create({
    data: {
      kakaoId: String(1_000_000 + randomInt(1, 1_000_000_000)),
      name: `테스트${seq}`,
      role: input.role ?? "MEMBER",
      status: input.status ?? "ACTIVE",
      gender,
      onboardedAt: input.status === "ONBOARDING" ? null : new Date(),
      // members made here joined with 본인인증 (the production default)
      identityVerifiedAt: input.status === "ONBOARDING" ? null : new Date(),
      createdAt: input.createdAt,
    },
    select: { id: true, kakaoId: true, role: true, status: true },
  });
  if (input.withProfile !== false && input.status !== "ONBOARDING") {
    const birthYear = input.birthYear ?? 1992;
    await prisma.profile.create({
      data: { userId: user.id, nickname: `테스트${seq}`, gender, birthYear, region: input.region ?? "서울", job: "회사원", keywords: input.keywords ?? [],
        height: input.height ?? null, ...input.marriage, ...(input.visibility ? { visibility: input.visibility } : {}) },
    });
    await prisma.preference.create({
      data: {
        userId: user.id,
        targetGender: input.targetGender ?? (gender === "M" ? "F" : "M"),
        ageMin: input.ageMin ?? 25,
        ageMax: input.ageMax ?? 45,
        regions: input.regions ?? [],
        keywords: input.prefKeywords ?? [],
        ...input.marriagePrefs,
      },
    });
    if (input.approvedPhoto !== false) await approvedPhoto(user.id);
  }
  return user;
}
