// Seeded members' photos (docs/photos.md): every seeded member gets one APPROVED photo, so the demo
// population is recommendable. The rows are deterministic (re-runs insert nothing); the bytes are
// each member's illustrated portrait (components/ui/illustrated-avatar) rendered to a JPEG by the
// same re-encoding as real uploads, written by `ensureSeedPhotoObjects` when storage is reachable.
import sharp from "sharp";
import { avatarSvg } from "@/components/ui/illustrated-avatar";
import type { Db } from "@/lib/db";
import { headObject, putBytes } from "@/lib/storage";
import { reencodePhoto } from "@/lib/profiles/photo-reencode";
import { seedUserId } from "./members-generator";

/** marks a seeded object's name, so only seeded photos are ever (re)drawn */
const SEED_PREFIX = "seed-";

export type SeedPhoto = { id: string; userId: string; key: string; publicKey: string; gender: "M" | "F" };

/** The seeded photo of a member (seedKey: the member's numeric seed key, as for its user id). */
export function seedPhoto(seedKey: number, userId: string, gender: "M" | "F"): SeedPhoto {
  const name = seedUserId(seedKey + 2 ** 32);
  return { id: seedUserId(seedKey + 3 * 2 ** 31), userId, key: `photos/${userId}/${name}.jpg`, publicKey: `photos/${userId}/public/${SEED_PREFIX}${name}.jpg`, gender };
}

/** An illustrated portrait as JPEG bytes, 600×800. */
export async function portraitJpeg(seed: string, gender: "M" | "F"): Promise<Uint8Array> {
  const { background, body } = avatarSvg(seed, gender);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800" viewBox="0 0 100 80" preserveAspectRatio="xMidYMax slice"><rect x="-50" y="-50" width="200" height="200" fill="${background}"/>${body}</svg>`;
  return reencodePhoto(new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer()));
}

/** Inserts the APPROVED photo rows (ON CONFLICT DO NOTHING); returns how many were new. */
export async function insertSeedPhotoRows(db: Db, photos: SeedPhoto[], now: Date): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < photos.length; i += 2000) {
    const part = photos.slice(i, i + 2000);
    inserted += await db.$executeRawUnsafe(
      `INSERT INTO "Photo" ("id", "userId", "key", "publicKey", "position", "status", "reviewedAt", "createdAt")
       SELECT t.id::uuid, t.uid::uuid, t.key, t.pub, 0, 'APPROVED', $5::timestamp(3), $5::timestamp(3)
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(id, uid, key, pub)
        WHERE EXISTS (SELECT 1 FROM "User" u WHERE u.id = t.uid::uuid)
       ON CONFLICT DO NOTHING`,
      part.map((p) => p.id), part.map((p) => p.userId), part.map((p) => p.key), part.map((p) => p.publicKey), now.toISOString().slice(0, 23),
    );
  }
  return inserted;
}

/**
 * Writes the portrait of every seeded photo row whose object is missing (a fresh storage, or the
 * database seeded while storage was down). Idempotent; returns how many objects were written.
 */
export async function ensureSeedPhotoObjects(db: Db): Promise<number> {
  const photos = await db.$queryRawUnsafe<{ userId: string; publicKey: string; gender: "M" | "F" }[]>(
    `SELECT ph."userId"::text AS "userId", ph."publicKey", p.gender::text AS gender FROM "Photo" ph JOIN "Profile" p ON p."userId" = ph."userId"
      WHERE ph."publicKey" LIKE 'photos/%/public/${SEED_PREFIX}%'`,
  );
  let written = 0;
  for (const p of photos) {
    if (await headObject(p.publicKey)) continue;
    await putBytes(p.publicKey, await portraitJpeg(p.userId, p.gender), "image/jpeg");
    written++;
  }
  return written;
}
