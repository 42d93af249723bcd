// Public profiles for member-facing DTOs (recommendation cards, received likes, matches): only the
// fields each owner made visible, photos resolved to display URLs only when photos are visible.
import { Prisma } from "@/lib/generated/prisma/client";
import { photoDisplayUrls } from "@/lib/profiles/photos";
import { parseVisibility, publicProfileSelect, toPublicProfile, type ProfileRow, type PublicProfile } from "@/lib/profiles/public-profile";

export { publicProfileSelect };

/** `publicProfileSelect` for raw SQL reads: the columns of a ProfileRow from "Profile" aliased `p`. */
export const PUBLIC_PROFILE_COLUMNS = Prisma.raw(
  `p."userId", p.nickname, p.gender::text AS gender, p."birthYear", p.height, p.region, p.job, p.intro, p.keywords, p.photos, p.visibility`,
);

/** One PublicProfile per row, in order; `photoLimit` caps how many photo URLs are resolved (list views). */
export async function toPublicProfiles(rows: ProfileRow[], opts: { photoLimit?: number; now?: Date } = {}): Promise<PublicProfile[]> {
  return Promise.all(
    rows.map(async (row) => {
      const keys = parseVisibility(row.visibility).photos ? row.photos.slice(0, opts.photoLimit ?? row.photos.length) : [];
      const urls = keys.length > 0 ? await photoDisplayUrls(keys) : [];
      return toPublicProfile(row, urls, opts.now);
    }),
  );
}

export async function toPublicProfileOrNull(row: ProfileRow | null | undefined, opts: { photoLimit?: number; now?: Date } = {}): Promise<PublicProfile | null> {
  if (!row) return null;
  const [profile] = await toPublicProfiles([row], opts);
  return profile ?? null;
}
