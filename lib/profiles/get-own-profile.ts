// The member's OWN profile and preferences (GET /api/me, /profile, /preferences): every field
// regardless of visibility, plus the photos with their review states. Never used for another member.
import { prisma, type Db, type Tx } from "@/lib/db";
import { ageFromBirthYear, parseVisibility, publicProfileSelect, type ProfileRow } from "./public-profile";
import { listPhotosOf } from "./photos";
import type { OwnProfileDto, PreferencesDto } from "./schemas";
import type { MarriagePrefs } from "./constants";

export const ownProfileSelect = { ...publicProfileSelect, updatedAt: true } as const;

export const marriagePrefsSelect = {
  religions: true, smoking: true, drinking: true, maritalHistory: true, children: true, minEducation: true, heightMin: true, heightMax: true, marriageTiming: true, mustFields: true,
} as const;

export const preferencesSelect = { targetGender: true, ageMin: true, ageMax: true, regions: true, keywords: true, ...marriagePrefsSelect, updatedAt: true } as const;

type OwnProfileRow = ProfileRow & { updatedAt: Date };

export async function toOwnProfileDto(p: OwnProfileRow, now = new Date()): Promise<OwnProfileDto> {
  return {
    nickname: p.nickname,
    gender: p.gender,
    birthYear: p.birthYear,
    age: ageFromBirthYear(p.birthYear, now),
    height: p.height,
    region: p.region,
    job: p.job,
    intro: p.intro,
    keywords: p.keywords,
    visibility: parseVisibility(p.visibility),
    photos: await listPhotosOf(p.userId),
    education: p.education,
    jobCategory: p.jobCategory,
    incomeBand: p.incomeBand,
    religion: p.religion,
    smoking: p.smoking,
    drinking: p.drinking,
    maritalHistory: p.maritalHistory,
    children: p.children,
    marriageTiming: p.marriageTiming,
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function toPreferencesDto(p: { targetGender: "M" | "F"; ageMin: number; ageMax: number; regions: string[]; keywords: string[]; updatedAt: Date } & MarriagePrefs): PreferencesDto {
  return {
    targetGender: p.targetGender, ageMin: p.ageMin, ageMax: p.ageMax, regions: p.regions, keywords: p.keywords,
    religions: p.religions, smoking: p.smoking, drinking: p.drinking, maritalHistory: p.maritalHistory, children: p.children,
    minEducation: p.minEducation, heightMin: p.heightMin, heightMax: p.heightMax, marriageTiming: p.marriageTiming, mustFields: p.mustFields,
    updatedAt: p.updatedAt.toISOString(),
  };
}

export async function getOwnProfile(userId: string, db: Db | Tx = prisma): Promise<OwnProfileDto | null> {
  const p = await db.profile.findUnique({ where: { userId }, select: ownProfileSelect });
  return p ? toOwnProfileDto(p) : null;
}

export async function getOwnPreferences(userId: string, db: Db | Tx = prisma): Promise<PreferencesDto | null> {
  const p = await db.preference.findUnique({ where: { userId }, select: preferencesSelect });
  return p ? toPreferencesDto(p) : null;
}

/** What the /profile editor needs: the saved profile (or null) and the fixed onboarding facts. */
export async function getProfileEditor(userId: string) {
  const [user, profile] = await Promise.all([
    prisma.user.findUnique({ where: { id: userId }, select: { name: true, gender: true, birthDate: true } }),
    getOwnProfile(userId),
  ]);
  return {
    profile,
    fixed: {
      gender: user?.gender ?? profile?.gender ?? null,
      birthYear: user?.birthDate?.getUTCFullYear() ?? profile?.birthYear ?? null,
      /** the Kakao nickname, offered as a starting point for a new profile */
      suggestedNickname: user?.name ?? null,
    },
  };
}
