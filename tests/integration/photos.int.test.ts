// Profile photos against a real S3-protocol server (dev/s3 on loopback): pre-signed uploads bound
// to type and size, attach (re-encoded, PENDING)/reorder/delete through the routes, and the rows and
// objects they leave. Review and what others load: photo-review.int.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { attachPhotoOperation, createPhotoUploadUrlOperation, deleteAllPhotosOf, deletePhotoOperation, listMyPhotosOperation, reorderPhotosOperation } from "@/lib/profiles/photos";
import { MAX_PHOTOS } from "@/lib/profiles/photo-schemas";
import { publicKeyFor } from "@/lib/profiles/photo-reencode";
import { getJson, headObject, listKeys, putJson } from "@/lib/storage";
import { callOp } from "../helpers/call-op";
import { tokenFor } from "../helpers/http";
import { createMember } from "../helpers/factories";

// a real 1×1 PNG
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

type Member = { id: string };
const photosOf = async (m: Member) => (await prisma.photo.findMany({ where: { userId: m.id }, orderBy: { position: "asc" }, select: { key: true } })).map((p) => p.key);
const newMember = () => createMember({ approvedPhoto: false });

async function requestUpload(token: string, contentType = "image/png", size = PNG.length) {
  const res = await callOp(createPhotoUploadUrlOperation, { as: { token }, body: { contentType, size } });
  expect(res.status).toBe(200);
  return res.body;
}

async function uploadPhoto(token: string): Promise<string> {
  const up = await requestUpload(token);
  const put = await fetch(up.uploadUrl, { method: "PUT", headers: up.headers, body: PNG });
  expect(put.status).toBe(200);
  return up.key;
}

async function addPhoto(token: string): Promise<string> {
  const key = await uploadPhoto(token);
  const res = await callOp(attachPhotoOperation, { as: { token }, body: { key } });
  expect(res.status).toBe(201);
  return key;
}

describe("pre-signed upload", () => {
  let member: Member;
  let token: string;
  beforeAll(async () => {
    member = await createMember({ approvedPhoto: false });
    token = await tokenFor(member);
  });

  it("returns a server-chosen key and a URL that accepts a real PUT of the signed type and size", async () => {
    const up = await requestUpload(token);
    expect(up.key).toMatch(new RegExp(`^photos/${member.id}/[0-9a-f-]{36}\\.png$`));
    expect(up.headers).toEqual({ "Content-Type": "image/png" });
    const ttl = new Date(up.expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(4 * 60_000);
    expect(ttl).toBeLessThanOrEqual(5 * 60_000);
    expect(new URL(up.uploadUrl).searchParams.get("X-Amz-SignedHeaders")).toBe("content-length;content-type;host");

    const put = await fetch(up.uploadUrl, { method: "PUT", headers: up.headers, body: PNG });
    expect(put.status).toBe(200);
    expect(await headObject(up.key)).toMatchObject({ contentType: "image/png", contentLength: PNG.length });
    // nothing is attached until the client confirms
    expect(await photosOf(member)).toEqual([]);
  });

  it("rejects a PUT with another content type, a bigger body or another key (signature mismatch)", async () => {
    const up = await requestUpload(token);
    const otherType = await fetch(up.uploadUrl, { method: "PUT", headers: { "Content-Type": "image/gif" }, body: PNG });
    expect(otherType.status).toBe(403);
    expect(await otherType.text()).toContain("SignatureDoesNotMatch");

    const bigger = await fetch(up.uploadUrl, { method: "PUT", headers: up.headers, body: Buffer.concat([PNG, Buffer.alloc(1024)]) });
    expect(bigger.status).toBe(403);

    const url = new URL(up.uploadUrl);
    url.pathname = url.pathname.replace(/[^/]+$/, "00000000-0000-4000-8000-000000000000.png");
    const elsewhere = await fetch(url, { method: "PUT", headers: up.headers, body: PNG });
    expect(elsewhere.status).toBe(403);

    expect(await headObject(up.key)).toBeNull();
  });

  it("answers bad input with 422 and the error shape, and writes nothing", async () => {
    const before = await listKeys(`photos/${member.id}/`);
    const cases = [
      { body: { contentType: "image/gif", size: 100 }, field: "contentType" },
      { body: { contentType: "image/png", size: 10 * 1024 * 1024 + 1 }, field: "size" },
      { body: { contentType: "image/png", size: 0 }, field: "size" },
      { body: { contentType: "image/png", size: 1.5 }, field: "size" },
      { body: { contentType: "image/png" }, field: "size" },
    ];
    for (const c of cases) {
      const res = await callOp(createPhotoUploadUrlOperation, { as: { token }, body: c.body });
      expect(res.status).toBe(422);
      expect(res.error!.code).toBe("VALIDATION_FAILED");
      expect(typeof res.error!.message).toBe("string");
      expect(res.error!.fields![c.field]).toBeDefined();
    }
    const attachBad = await callOp(attachPhotoOperation, { as: { token }, body: { key: "../../etc/passwd" } });
    expect(attachBad.status).toBe(422);
    expect(attachBad.error!.fields!.key).toBeDefined();
    expect(await photosOf(member)).toEqual([]);
    expect(await listKeys(`photos/${member.id}/`)).toEqual(before);
  });

  it("requires a signed-in member", async () => {
    const res = await callOp(createPhotoUploadUrlOperation, { body: { contentType: "image/png", size: 10 } });
    expect(res.status).toBe(401);
  });
});

describe("attach, limit, reorder, delete", () => {
  it("attaches an uploaded photo once (idempotent), PENDING, and serves only the re-encoded JPEG", async () => {
    const member = await createMember({ approvedPhoto: false });
    const token = await tokenFor(member);
    const key = await uploadPhoto(token);

    const first = await callOp(attachPhotoOperation, { as: { token }, body: { key } });
    expect(first.status).toBe(201);
    expect(first.body.photos).toHaveLength(1);
    expect(first.body.photos[0].key).toBe(key);
    expect(await photosOf(member)).toEqual([key]);

    const again = await callOp(attachPhotoOperation, { as: { token }, body: { key } });
    expect(again.status).toBe(200);
    expect(await photosOf(member)).toEqual([key]);

    expect(first.body.photos[0]).toMatchObject({ status: "PENDING", rejectReason: null });
    const img = await fetch(first.body.photos[0].url);
    expect(img.status).toBe(200);
    expect(img.headers.get("content-type")).toBe("image/jpeg");
    expect([...Buffer.from(await img.arrayBuffer()).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(new URL(first.body.photos[0].url).pathname).toContain(publicKeyFor(key));
    // the upload itself (it may carry GPS) is gone once re-encoded
    expect(await headObject(key)).toBeNull();

    const list = await callOp(listMyPhotosOperation, { as: { token } });
    expect(list.body.photos.map((p: { key: string }) => p.key)).toEqual([key]);
  });

  it("refuses to attach a key whose upload never happened (422, nothing written)", async () => {
    const member = await newMember();
    const token = await tokenFor(member);
    const up = await requestUpload(token);
    const res = await callOp(attachPhotoOperation, { as: { token }, body: { key: up.key } });
    expect(res.status).toBe(422);
    expect(res.error!.message).toContain("사진이 끝까지 올라가지 않았어요");
    expect(await photosOf(member)).toEqual([]);
  });

  it("lets a member still in onboarding (no profile yet) add photos", async () => {
    const member = await createMember({ status: "ONBOARDING" });
    const token = await tokenFor(member);
    const key = await addPhoto(token);
    expect(await photosOf(member)).toEqual([key]);
    expect(await prisma.profile.count({ where: { userId: member.id } })).toBe(0);
  });

  it("refuses bytes that are not an image (422), deletes the upload and writes no row", async () => {
    const member = await createMember({ approvedPhoto: false });
    const token = await tokenFor(member);
    const junk = Buffer.from("not an image at all, just text pretending");
    const up = await requestUpload(token, "image/jpeg", junk.length);
    expect((await fetch(up.uploadUrl, { method: "PUT", headers: up.headers, body: junk })).status).toBe(200);
    const res = await callOp(attachPhotoOperation, { as: { token }, body: { key: up.key } });
    expect(res.status).toBe(422);
    expect(res.error!.message).toContain("사진 파일을 읽을 수 없어요");
    expect(await photosOf(member)).toEqual([]);
    expect(await listKeys(`photos/${member.id}/`)).toEqual([]);
  });

  it(`allows ${MAX_PHOTOS} photos and refuses a 7th, both at upload-url and at attach`, async () => {
    const member = await newMember();
    const token = await tokenFor(member);
    const keys: string[] = [];
    for (let i = 0; i < MAX_PHOTOS - 1; i++) keys.push(await addPhoto(token));
    const spare = await uploadPhoto(token); // uploaded while there was still room
    keys.push(await addPhoto(token));
    expect(await photosOf(member)).toEqual(keys);

    const more = await callOp(createPhotoUploadUrlOperation, { as: { token }, body: { contentType: "image/png", size: 100 } });
    expect(more.status).toBe(409);
    expect(more.error!.message).toContain(`최대 ${MAX_PHOTOS}장`);

    const seventh = await callOp(attachPhotoOperation, { as: { token }, body: { key: spare } });
    expect(seventh.status).toBe(409);
    expect(await photosOf(member)).toEqual(keys);
  });

  it("keeps concurrent attaches consistent: none lost, never more than the limit", async () => {
    const member = await newMember();
    const token = await tokenFor(member);
    for (let i = 0; i < MAX_PHOTOS - 3; i++) await addPhoto(token);
    const uploads = await Promise.all([uploadPhoto(token), uploadPhoto(token), uploadPhoto(token), uploadPhoto(token)]);
    const results = await Promise.all(uploads.map((key) => callOp(attachPhotoOperation, { as: { token }, body: { key } })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 409]);
    const photos = await photosOf(member);
    expect(photos).toHaveLength(MAX_PHOTOS);
    const won = uploads.filter((_, i) => results[i].status === 201);
    expect(photos.slice(-3).sort()).toEqual(won.sort());
  });

  it("reorders only to a permutation of the current keys", async () => {
    const member = await newMember();
    const token = await tokenFor(member);
    const [a, b, c] = [await addPhoto(token), await addPhoto(token), await addPhoto(token)];

    const ok = await callOp(reorderPhotosOperation, { as: { token }, body: { keys: [c, a, b] } });
    expect(ok.status).toBe(200);
    expect(ok.body.photos.map((p: { key: string }) => p.key)).toEqual([c, a, b]);
    expect(await photosOf(member)).toEqual([c, a, b]);

    const other = `photos/${member.id}/00000000-0000-4000-8000-000000000000.png`;
    for (const keys of [[a, b], [a, b, c, a], [a, a, b], [a, b, other], [], "x"]) {
      const res = await callOp(reorderPhotosOperation, { as: { token }, body: { keys } });
      expect(res.status).toBe(422);
      expect(res.error!.code).toBe("VALIDATION_FAILED");
    }
    expect(await photosOf(member)).toEqual([c, a, b]);
  });

  it("deletes a photo from the profile AND from storage", async () => {
    const member = await newMember();
    const token = await tokenFor(member);
    const [a, b] = [await addPhoto(token), await addPhoto(token)];

    const res = await callOp(deletePhotoOperation, { as: { token }, query: { key: a } });
    expect(res.status).toBe(200);
    expect(res.body.photos.map((p: { key: string }) => p.key)).toEqual([b]);
    expect(await photosOf(member)).toEqual([b]);
    expect(await headObject(publicKeyFor(a))).toBeNull();
    expect(await headObject(publicKeyFor(b))).not.toBeNull();

    const again = await callOp(deletePhotoOperation, { as: { token }, query: { key: a } });
    expect(again.status).toBe(404);
    const missing = await callOp(deletePhotoOperation, { as: { token } });
    expect(missing.status).toBe(422);
  });

  it("treats another member's photo as not found (404) and leaves it alone", async () => {
    const owner = await newMember();
    const ownerToken = await tokenFor(owner);
    const key = await addPhoto(ownerToken);
    const intruder = await newMember();
    const token = await tokenFor(intruder);

    const att = await callOp(attachPhotoOperation, { as: { token }, body: { key } });
    expect(att.status).toBe(404);
    expect(att.error!.code).toBe("NOT_FOUND");
    const del = await callOp(deletePhotoOperation, { as: { token }, query: { key } });
    expect(del.status).toBe(404);
    const ord = await callOp(reorderPhotosOperation, { as: { token }, body: { keys: [key] } });
    expect(ord.status).toBe(422);

    expect(await photosOf(intruder)).toEqual([]);
    expect(await photosOf(owner)).toEqual([key]);
    expect(await headObject(publicKeyFor(key))).not.toBeNull();
  });

  it("deleteAllPhotosOf removes re-encoded photos and never-attached uploads, and the rows", async () => {
    const member = await newMember();
    const token = await tokenFor(member);
    const attached = await addPhoto(token);
    const orphan = await uploadPhoto(token);
    const bystander = await newMember();
    const kept = await addPhoto(await tokenFor(bystander));

    expect(await deleteAllPhotosOf(member.id)).toBe(2);
    expect(await photosOf(member)).toEqual([]);
    expect(await headObject(publicKeyFor(attached))).toBeNull();
    expect(await headObject(orphan)).toBeNull();
    expect(await headObject(publicKeyFor(kept))).not.toBeNull();
    expect(await photosOf(bystander)).toEqual([kept]);
  });
});

describe("JSON documents", () => {
  it("round-trips putJson/getJson and reports a missing document as null", async () => {
    const key = "memos/00000000-0000-4000-8000-000000000001.json";
    expect(await getJson(key)).toBeNull();
    const { etag } = await putJson(key, { note: "첫 상담 완료", n: 1 });
    const got = await getJson<{ note: string; n: number }>(key);
    expect(got?.value).toEqual({ note: "첫 상담 완료", n: 1 });
    expect(got?.etag).toBe(etag);
  });
});
