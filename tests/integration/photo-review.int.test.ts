// Reviewed photos (docs/photos.md) against the local S3: an upload is re-encoded on attach (what
// others load has no EXIF/GPS and a bounded size), stays invisible to other members until an
// operator approves it, and each decision is audited and notified; the admin queue's page action
// goes through the same operation as the API.
import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";
import { attachPhotoOperation, createPhotoUploadUrlOperation, listMyPhotosOperation } from "@/lib/profiles/photos";
import { listPhotoQueueOperation } from "@/lib/admin/photo-queue";
import { reviewPhotoOperation } from "@/lib/admin/review-photo";
import { listMemberRecommendationsOperation } from "@/lib/member-recommendations/list-member-recommendations";
import { reviewPhotoAction } from "@/app/admin/photos/actions";
import { prisma } from "@/lib/db";
import { headObject } from "@/lib/storage";
import { PHOTO_MAX_EDGE } from "@/lib/profiles/photo-reencode";
import { currentWeek } from "@/lib/core/week";
import { callOp } from "../helpers/call-op";
import { tokenFor } from "../helpers/http";
import { createMember } from "../helpers/factories";
import { actAs } from "../helpers/page-session";

vi.mock("next/headers", async () => (await import("../helpers/page-session")).pageHeadersMock);

const week = currentWeek();

/** A camera-like JPEG: 3000×2000, with EXIF including a GPS position (Seoul City Hall). */
async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#c96" } })
    .withExif({
      IFD0: { Make: "TestCam", Model: "GPS-1", Copyright: "secret-owner" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "37/1 33/1 5844/100", GPSLongitudeRef: "E", GPSLongitude: "126/1 58/1 4632/100" },
    })
    .jpeg()
    .toBuffer();
}

async function upload(token: string, body: Buffer, contentType = "image/jpeg"): Promise<string> {
  const up = await callOp(createPhotoUploadUrlOperation, { as: { token }, body: { contentType, size: body.length } });
  expect(up.status).toBe(200);
  expect((await fetch(up.body.uploadUrl, { method: "PUT", headers: up.body.headers, body: new Uint8Array(body) })).status).toBe(200);
  const res = await callOp(attachPhotoOperation, { as: { token }, body: { key: up.body.key } });
  expect(res.status).toBe(201);
  return up.body.key;
}

const admin = () => createMember({ role: "ADMIN", withProfile: false });
const cardPhotos = async (viewer: { id: string }) =>
  (await callOp(listMemberRecommendationsOperation, { as: viewer, query: { week } })).body.items[0].profile.photoUrls as string[];

describe("re-encoding", () => {
  it("strips EXIF and GPS and bounds the size of what is served (the bytes read back from storage)", async () => {
    const original = await jpegWithGps();
    const meta = await sharp(original).metadata();
    expect(meta.exif?.includes(Buffer.from("GPS-1"))).toBe(true); // the fixture really carries EXIF
    const member = await createMember({ approvedPhoto: false });
    const token = await tokenFor(member);
    const key = await upload(token, original);

    const [photo] = (await callOp(listMyPhotosOperation, { as: { token } })).body.photos;
    const served = Buffer.from(await (await fetch(photo.url)).arrayBuffer());
    const out = await sharp(served).metadata();
    expect(out.format).toBe("jpeg");
    expect(out.exif).toBeUndefined();
    expect(Math.max(out.width!, out.height!)).toBe(PHOTO_MAX_EDGE);
    for (const marker of ["Exif", "GPS-1", "TestCam", "secret-owner"]) expect(served.includes(Buffer.from(marker))).toBe(false);
    // the original upload is not kept anywhere it could be loaded from
    expect(await headObject(key)).toBeNull();
  });
});

describe("review", () => {
  it("a new photo is invisible to others until approved; approval and rejection are audited and notified", async () => {
    const [viewer, owner, operator] = [await createMember({ gender: "M" }), await createMember({ gender: "F" }), await admin()];
    await prisma.recommendation.create({ data: { userId: viewer.id, targetId: owner.id, batchWeek: week, rank: 1, score: 0.5 } });
    const ownerToken = await tokenFor(owner);
    const before = await cardPhotos(viewer);
    expect(before).toHaveLength(1); // the approved photo from the factory

    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: "#369" } }).png().toBuffer();
    const [keyA, keyB] = [await upload(ownerToken, png, "image/png"), await upload(ownerToken, png, "image/png")];
    expect(await cardPhotos(viewer)).toEqual(before); // PENDING: not shown
    const [a, b] = await Promise.all([keyA, keyB].map((key) => prisma.photo.findUniqueOrThrow({ where: { key } })));

    // the queue lists them oldest first, with the member's other photos beside each
    const queue = await callOp(listPhotoQueueOperation, { as: operator });
    expect(queue.status).toBe(200);
    const mine = queue.body.items.filter((i: { member: { id: string } }) => i.member.id === owner.id);
    expect(mine.map((i: { id: string }) => i.id)).toEqual([a.id, b.id]);
    expect(mine[0].others.map((o: { status: string }) => o.status).sort()).toEqual(["APPROVED", "PENDING"]);

    // approve A through the API; reject B with a reason through the page action
    const approved = await callOp(reviewPhotoOperation, { as: operator, params: { id: a.id }, body: { decision: "APPROVE" } });
    expect(approved.status).toBe(200);
    await actAs(operator);
    const rejected = await reviewPhotoAction({ id: b.id, decision: "REJECT", reason: "NOT_THE_MEMBER" });
    expect(rejected).toMatchObject({ ok: true, result: { status: "REJECTED", rejectReason: "NOT_THE_MEMBER" } });

    const after = await cardPhotos(viewer);
    expect(after).toHaveLength(2);
    expect(after[1]).toContain(a.publicKey);
    expect(after.join()).not.toContain(b.publicKey);

    // the owner sees each state and the reason
    const own = (await callOp(listMyPhotosOperation, { as: { token: ownerToken } })).body.photos;
    expect(own.slice(1).map((p: { status: string; rejectReason: string | null }) => [p.status, p.rejectReason])).toEqual([["APPROVED", null], ["REJECTED", "NOT_THE_MEMBER"]]);
    const notes = await prisma.notification.findMany({ where: { userId: owner.id }, orderBy: { createdAt: "asc" } });
    expect(notes.map((n) => [n.kind, (n.payload as { reason?: string }).reason ?? null])).toEqual([["PHOTO_APPROVED", null], ["PHOTO_REJECTED", "NOT_THE_MEMBER"]]);
    const audit = await prisma.adminAction.findMany({ where: { adminId: operator.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((r) => [r.action, r.targetId, (r.detail as { photoId: string }).photoId])).toEqual([["PHOTO_APPROVED", owner.id, a.id], ["PHOTO_REJECTED", owner.id, b.id]]);

    // a second decision on a decided photo changes nothing
    const again = await callOp(reviewPhotoOperation, { as: operator, params: { id: b.id }, body: { decision: "APPROVE" } });
    expect(again.status).toBe(409);
    expect((await prisma.photo.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("REJECTED");
    expect(await prisma.adminAction.count({ where: { adminId: operator.id } })).toBe(2);
  });

  it("refuses members, unknown ids and reasons outside the fixed list, writing nothing", async () => {
    const owner = await createMember({ approvedPhoto: false });
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } }).png().toBuffer();
    const key = await upload(await tokenFor(owner), png, "image/png");
    const photo = await prisma.photo.findUniqueOrThrow({ where: { key } });
    const operator = await tokenFor(await admin());
    expect((await callOp(reviewPhotoOperation, { as: owner, params: { id: photo.id }, body: { decision: "APPROVE" } })).status).toBe(403);
    for (const body of [{ decision: "REJECT", reason: "UGLY" }, { decision: "REJECT" }, { decision: "APPROVE", reason: "INAPPROPRIATE" }, { decision: "MAYBE" }]) {
      const bad = await callOp(reviewPhotoOperation, { as: { token: operator }, params: { id: photo.id }, body });
      expect(bad.status, JSON.stringify(body)).toBe(422);
      expect(bad.error?.code).toBe("VALIDATION_FAILED");
    }
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await callOp(reviewPhotoOperation, { as: { token: operator }, params: { id: unknown }, body: { decision: "APPROVE" } })).status).toBe(404);
    expect((await prisma.photo.findUniqueOrThrow({ where: { id: photo.id } })).status).toBe("PENDING");
    expect(await prisma.notification.count({ where: { userId: owner.id } })).toBe(0);
  });
});
