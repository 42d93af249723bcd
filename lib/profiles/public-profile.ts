// What one member may see of another: only the fields the owner made visible.
// Nickname and gender are always shown; PII (real name, phone, birth date) never is.
import { z } from "zod";
import { seoulToday } from "@/lib/core/seoul-time";
import { DOCUMENT_FACT_KEYS, DOCUMENT_KINDS, type Badge } from "@/lib/core/document-review";
import { ZMarriageFacts, type MarriageFacts } from "@/lib/core/marriage";

export const ZVisibility = z.object({
  age: z.boolean().default(true),
  height: z.boolean().default(false),
  region: z.boolean().default(true),
  job: z.boolean().default(true),
  intro: z.boolean().default(true),
  photos: z.boolean().default(true),
  // the marriage profile: shown by default except the income band
  education: z.boolean().default(true),
  jobCategory: z.boolean().default(true),
  incomeBand: z.boolean().default(false),
  religion: z.boolean().default(true),
  smoking: z.boolean().default(true),
  drinking: z.boolean().default(true),
  maritalHistory: z.boolean().default(true),
  children: z.boolean().default(true),
  marriageTiming: z.boolean().default(true),
});
export type Visibility = z.infer<typeof ZVisibility>;

export const DEFAULT_VISIBILITY: Visibility = ZVisibility.parse({});

export function parseVisibility(raw: unknown): Visibility {
  const parsed = ZVisibility.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DEFAULT_VISIBILITY;
}

export type ProfileRow = {
  userId: string;
  nickname: string;
  gender: "M" | "F";
  birthYear: number;
  height: number | null;
  region: string | null;
  job: string | null;
  intro: string | null;
  keywords: string[];
  visibility: unknown;
} & MarriageFacts;

/** One member's profile as another member sees it: the DTO of every card, match and like. */
export const ZPublicProfile = z.object({
  userId: z.uuid(),
  nickname: z.string(),
  gender: z.enum(["M", "F"]),
  age: z.number().int().nullable(),
  height: z.number().int().nullable(),
  region: z.string().nullable(),
  job: z.string().nullable(),
  intro: z.string().nullable(),
  keywords: z.array(z.string()),
  photoUrls: z.array(z.string()),
  /** verified document badges the owner lets others see (lib/documents/badges.ts publicBadges) */
  badges: z.array(z.object({ kind: z.enum(DOCUMENT_KINDS), fact: z.enum(DOCUMENT_FACT_KEYS), label: z.string() })),
  /** 본인인증 완료 (docs/identity.md); false = 본인인증 안 함 (verification switched off when they joined) */
  identityVerified: z.boolean(),
  /** the marriage profile: null when not answered or not shown */
  ...ZMarriageFacts.shape,
});
export type PublicProfile = z.infer<typeof ZPublicProfile>;

/** The age shown on cards: the current year in Asia/Seoul minus the birth year. */
export function ageFromBirthYear(birthYear: number, now = new Date()): number {
  return seoulToday(now).year - birthYear;
}

export const publicProfileSelect = {
  userId: true,
  nickname: true,
  gender: true,
  birthYear: true,
  height: true,
  region: true,
  job: true,
  intro: true,
  keywords: true,
  visibility: true,
  education: true,
  jobCategory: true,
  incomeBand: true,
  religion: true,
  smoking: true,
  drinking: true,
  maritalHistory: true,
  children: true,
  marriageTiming: true,
} as const;

/**
 * `photoUrls` are display URLs of the member's APPROVED photos (lib/profiles/photos approvedPhotoUrls),
 * in order; `badges` the member's active badges (lib/documents/badges activeBadgesOf), filtered here
 * by the owner's visibility: 소득 only with `income`, 재직 only with `job`; `identityVerified` whether
 * the member passed 본인인증 (docs/identity.md).
 */
export function toPublicProfile(
  p: ProfileRow,
  photoUrls: string[] = [],
  now = new Date(),
  { badges = [], identityVerified = false }: { badges?: readonly Badge[]; identityVerified?: boolean } = {},
): PublicProfile {
  const v = parseVisibility(p.visibility);
  return {
    userId: p.userId,
    nickname: p.nickname,
    gender: p.gender,
    age: v.age ? ageFromBirthYear(p.birthYear, now) : null,
    height: v.height ? p.height : null,
    region: v.region ? p.region : null,
    job: v.job ? p.job : null,
    intro: v.intro ? p.intro : null,
    keywords: p.keywords,
    photoUrls: v.photos ? photoUrls : [],
    badges: badges.filter((b) => (b.kind === "INCOME" ? v.incomeBand : b.kind === "EMPLOYMENT" ? v.job : true)),
    identityVerified,
    education: v.education ? p.education : null,
    jobCategory: v.jobCategory ? p.jobCategory : null,
    incomeBand: v.incomeBand ? p.incomeBand : null,
    religion: v.religion ? p.religion : null,
    smoking: v.smoking ? p.smoking : null,
    drinking: v.drinking ? p.drinking : null,
    maritalHistory: v.maritalHistory ? p.maritalHistory : null,
    children: v.children ? p.children : null,
    marriageTiming: v.marriageTiming ? p.marriageTiming : null,
  };
}
