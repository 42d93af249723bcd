// Photo rules: server-generated keys, owner extraction, upload limits and the reorder check.
import { describe, expect, it } from "vitest";
import {
  MAX_PHOTO_BYTES,
  ZPhotoKey,
  ZPhotoUploadUrlRequest,
  isPermutation,
  newPhotoKey,
  photoKeyOwner,
  photoKeyPrefix,
} from "@/lib/profiles/photo-schemas";

const USER = "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b";

describe("photo keys", () => {
  it("are generated under the owner's prefix with the type's extension", () => {
    const jpg = newPhotoKey(USER, "image/jpeg");
    expect(jpg.startsWith(photoKeyPrefix(USER))).toBe(true);
    expect(jpg).toMatch(/\.jpg$/);
    expect(newPhotoKey(USER, "image/webp")).toMatch(/\.webp$/);
    expect(newPhotoKey(USER, "image/png")).not.toBe(newPhotoKey(USER, "image/png"));
    expect(ZPhotoKey.safeParse(jpg).success).toBe(true);
  });

  it("name their owner only when well formed", () => {
    expect(photoKeyOwner(newPhotoKey(USER, "image/webp"))).toBe(USER);
    for (const bad of [
      `photos/${USER}/../x.png`,
      `photos/${USER}/not-a-uuid.png`,
      `photos/${USER}/3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b.gif`,
      `memos/${USER}.json`,
      `photos/${USER}/3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b.png/extra`,
      `photos/${USER}/public/3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b.jpg`,
      `photos/${USER}/3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b.heic`,
      "",
    ]) {
      expect(photoKeyOwner(bad)).toBeNull();
      expect(ZPhotoKey.safeParse(bad).success).toBe(false);
    }
  });
});

describe("upload request", () => {
  it("accepts the three image types the server can re-encode, up to 10 MB (not HEIC)", () => {
    for (const contentType of ["image/jpeg", "image/png", "image/webp"]) {
      expect(ZPhotoUploadUrlRequest.safeParse({ contentType, size: MAX_PHOTO_BYTES }).success).toBe(true);
    }
    expect(ZPhotoUploadUrlRequest.safeParse({ contentType: "image/heic", size: 100 }).success).toBe(false);
  });

  it("rejects other types, empty, fractional and oversized files with Korean messages", () => {
    const gif = ZPhotoUploadUrlRequest.safeParse({ contentType: "image/gif", size: 10 });
    expect(gif.success).toBe(false);
    expect(gif.error?.issues[0]?.message).toContain("형식");
    for (const size of [0, 1.5, MAX_PHOTO_BYTES + 1, -1]) {
      expect(ZPhotoUploadUrlRequest.safeParse({ contentType: "image/png", size }).success).toBe(false);
    }
    expect(ZPhotoUploadUrlRequest.safeParse({ contentType: "image/png", size: MAX_PHOTO_BYTES + 1 }).error?.issues[0]?.message).toContain("10MB");
  });
});

describe("isPermutation", () => {
  it("is true only for the same keys, each once", () => {
    expect(isPermutation(["a", "b", "c"], ["c", "a", "b"])).toBe(true);
    expect(isPermutation([], [])).toBe(true);
    expect(isPermutation(["a", "b"], ["a"])).toBe(false);
    expect(isPermutation(["a", "b"], ["a", "a"])).toBe(false);
    expect(isPermutation(["a", "b"], ["a", "b", "c"])).toBe(false);
    expect(isPermutation(["a", "b"], ["a", "x"])).toBe(false);
  });
});
