// Public profiles for member-facing DTOs (recommendation cards, received likes, matches): only the
// fields each owner made visible; photos only when visible, and only APPROVED ones (docs/photos.md);
// document badges the owner lets others see (docs/documents.md).
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { approvedPhotoUrls } from "@/lib/profiles/photos";
import { activeBadgesOf } from "@/lib/documents/badges";
import { parseVisibility, publicProfileSelect, toPublicProfile, type ProfileRow, type PublicProfile } from "@/lib/profiles/public-profile";

export { publicProfileSelect };

/** The members among `userIds` who verified their identity (the card's 본인인증 badge). */
async function identityVerifiedOf(userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await prisma.user.findMany({ where: { id: { in: userIds }, identityVerifiedAt: { not: null } }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/** `publicProfileSelect` for raw SQL reads: the columns of a ProfileRow from "Profile" aliased `p`. */
export const PUBLIC_PROFILE_COLUMNS = Prisma.raw(
  `p."userId", p.nickname, p.gender::text AS gender, p."birthYear", p.height, p.region, p.job, p.intro, p.keywords, p.visibility, ` +
    `p.education::text AS education, p."jobCategory"::text AS "jobCategory", p."incomeBand"::text AS "incomeBand", p.religion::text AS religion, ` +
    `p.smoking::text AS smoking, p.drinking::text AS drinking, p."maritalHistory"::text AS "maritalHistory", p.children::text AS children, ` +
    `p."marriageTiming"::text AS "marriageTiming"`,
);

/** One PublicProfile per row, in order; `photoLimit` caps how many photo URLs are resolved (list views). */
export async function toPublicProfiles(rows: ProfileRow[], opts: { photoLimit?: number; now?: Date } = {}): Promise<PublicProfile[]> {
  const showing = rows.filter((row) => parseVisibility(row.visibility).photos).map((row) => row.userId);
  const userIds = rows.map((row) => row.userId);
  const [urls, badges, verified] = await Promise.all([approvedPhotoUrls(showing, opts.photoLimit), activeBadgesOf(userIds, opts.now), identityVerifiedOf(userIds)]);
  return rows.map((row) => toPublicProfile(row, urls.get(row.userId) ?? [], opts.now, { badges: badges.get(row.userId) ?? [], identityVerified: verified.has(row.userId) }));
}

export async function toPublicProfileOrNull(row: ProfileRow | null | undefined, opts: { photoLimit?: number; now?: Date } = {}): Promise<PublicProfile | null> {
  if (!row) return null;
  const [profile] = await toPublicProfiles([row], opts);
  return profile ?? null;
}
