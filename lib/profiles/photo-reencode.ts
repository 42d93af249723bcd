// Re-encoding of uploaded photos (docs/photos.md): the member's upload is decoded and written again
// as one bounded JPEG, so what anyone else loads carries no EXIF (GPS position, camera serial,
// capture time), no embedded thumbnails or colour-profile payloads, and no oversized canvas.
// sharp drops all metadata unless asked to keep it; `rotate()` first applies the EXIF orientation
// that is about to be dropped, so the picture keeps facing up.
import sharp from "sharp";
import { AppError } from "@/lib/core/errors";
import { getBytes, putBytes } from "@/lib/storage";
import { MAX_PHOTO_BYTES } from "./photo-schemas";

/** longest side of a served photo: a phone screen at 3× (cards are ~400 CSS px wide) */
export const PHOTO_MAX_EDGE = 1280;
/** decompression-bomb guard: refuse inputs above 40 megapixels before decoding them */
const MAX_INPUT_PIXELS = 40_000_000;
const UNREADABLE = "사진 파일을 읽을 수 없어요. JPEG, PNG, WEBP 형식의 다른 사진을 올려 주세요.";

/**
 * One JPEG, EXIF-free, inside `bounds` (default: PHOTO_MAX_EDGE on its longest side; a help-desk
 * screenshot keeps a tall phone screen legible). Throws a 422 for unreadable input.
 */
export async function reencodePhoto(input: Uint8Array, bounds: { width: number; height: number } = { width: PHOTO_MAX_EDGE, height: PHOTO_MAX_EDGE }, unreadable = UNREADABLE): Promise<Uint8Array> {
  try {
    const out = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize({ ...bounds, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
    return new Uint8Array(out);
  } catch (err) {
    throw new AppError("VALIDATION_FAILED", unreadable, { cause: err });
  }
}

/** The served key for an upload key: photos/{userId}/{uuid}.{ext} → photos/{userId}/public/{uuid}.jpg */
export function publicKeyFor(key: string): string {
  const slash = key.lastIndexOf("/");
  const name = key.slice(slash + 1).replace(/\.[a-z]+$/, "");
  return `${key.slice(0, slash)}/public/${name}.jpg`;
}

/**
 * Reads the upload at `key`, re-encodes it and stores it under its public key. Returns the public
 * key, or null when the upload is not in storage (never finished, or already processed and deleted).
 */
export async function reencodeStoredPhoto(key: string): Promise<string | null> {
  const original = await getBytes(key, MAX_PHOTO_BYTES);
  if (!original) return null;
  const publicKey = publicKeyFor(key);
  await putBytes(publicKey, await reencodePhoto(original), "image/jpeg");
  return publicKey;
}
