// Help desk (1:1 문의): a member asks, the operator answers (audited), the member is notified and
// reads the thread; a follow-up reopens it; someone else's inquiry is a 404; the inbox filters. A
// screenshot goes through the local S3: type by its bytes, size bound, re-encoded without EXIF, private
// prefix, short-lived URLs for the member and the operator, gone with the member on withdrawal.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { headObject, putBytes } from "@/lib/storage";
import { withdrawMember } from "@/lib/members/withdraw-member";
import { createScreenshotUploadUrlOperation, SCREENSHOT_URL_TTL_SECONDS } from "@/lib/helpdesk/screenshots";
import { MAX_SCREENSHOT_BYTES } from "@/lib/helpdesk/schemas";
import { prisma } from "@/lib/db";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";
import { addInquiryMessageOperation, createInquiryOperation, getMyInquiryOperation, listMyInquiriesOperation } from "@/lib/helpdesk/member-inquiries";
import { answerInquiryOperation, assignInquiryOperation, listInquiriesOperation } from "@/lib/helpdesk/admin-inquiries";
import { notificationText } from "@/lib/notifications/texts";

describe("help desk", () => {
  it("ask → answer → notified → thread; follow-up reopens; foreign thread 404", async () => {
    const [member, stranger, admin] = [await createMember(), await createMember(), await createMember({ role: "ADMIN" })];
    const asked = await callOp(createInquiryOperation, { as: member, body: { category: "PAYMENT", body: "멤버십 환불은 어떻게 하나요?" } });
    expect(asked.status).toBe(201);
    expect(asked.body.status).toBe("RECEIVED");
    const id = asked.body.id;

    expect((await callOp(getMyInquiryOperation, { as: stranger, params: { id } })).status).toBe(404);
    expect((await callOp(addInquiryMessageOperation, { as: stranger, params: { id }, body: { body: "남의 문의에 덧붙이기" } })).status).toBe(404);

    const inbox = await callOp(listInquiriesOperation, { as: admin, query: { status: "RECEIVED", category: "PAYMENT" } });
    expect(inbox.body.items.map((i) => i.id)).toContain(id);
    expect((await callOp(listInquiriesOperation, { as: admin, query: { category: "SAFETY" } })).body.items.map((i) => i.id)).not.toContain(id);
    expect((await callOp(assignInquiryOperation, { as: admin, params: { id }, body: {} })).body.assigneeId).toBe(admin.id);
    expect((await callOp(listInquiriesOperation, { as: admin, query: { assignee: "me" } })).body.items.map((i) => i.id)).toContain(id);

    const answered = await callOp(answerInquiryOperation, { as: admin, params: { id }, body: { body: "결제 내역 화면에서 환불을 요청하실 수 있습니다." } });
    expect(answered.status).toBe(201);
    const note = await prisma.notification.findFirstOrThrow({ where: { userId: member.id, kind: "INQUIRY_ANSWERED" } });
    expect(notificationText(note.kind, note.payload).href).toBe(`/help/inquiries/${id}`);
    expect(await prisma.adminAction.count({ where: { action: "INQUIRY_ANSWERED", targetId: id } })).toBe(1);

    const thread = await callOp(getMyInquiryOperation, { as: member, params: { id } });
    expect(thread.body.status).toBe("ANSWERED");
    expect(thread.body.messages.map((m) => m.fromStaff)).toEqual([false, true]);
    expect(thread.body.messages[1].body).toContain("환불을 요청");

    const follow = await callOp(addInquiryMessageOperation, { as: member, params: { id }, body: { body: "감사합니다. 하나 더 여쭤볼게요." } });
    expect(follow.body.status).toBe("RECEIVED");
    expect((await callOp(listMyInquiriesOperation, { as: member })).body.items.map((i) => i.id)).toEqual([id]);
    expect((await callOp(listMyInquiriesOperation, { as: stranger })).body.items).toEqual([]);
  });

  it("a member still onboarding (stuck at 본인인증) can ask and read the answer", async () => {
    const newcomer = await createMember({ status: "ONBOARDING" });
    const asked = await callOp(createInquiryOperation, { as: newcomer, body: { category: "VERIFICATION", body: "본인인증 창이 열리지 않아요." } });
    expect(asked.status).toBe(201);
    const admin = await createMember({ role: "ADMIN" });
    expect((await callOp(answerInquiryOperation, { as: admin, params: { id: asked.body.id }, body: { body: "다른 브라우저에서 다시 시도해 주세요." } })).status).toBe(201);
    const thread = await callOp(getMyInquiryOperation, { as: newcomer, params: { id: asked.body.id } });
    expect(thread.body.messages.map((m) => m.fromStaff)).toEqual([false, true]);
    expect((await callOp(createScreenshotUploadUrlOperation, { as: newcomer, body: { contentType: "image/png", size: 1000 } })).status).toBe(200);
  });

  it("refuses an empty question and a member answering as staff", async () => {
    const member = await createMember();
    const bad = await callOp(createInquiryOperation, { as: member, body: { category: "OTHER", body: "짧" } });
    expect(bad.status).toBe(422);
    const ok = await callOp(createInquiryOperation, { as: member, body: { category: "OTHER", body: "문의 내용이에요." } });
    expect((await callOp(answerInquiryOperation, { as: member, params: { id: ok.body.id }, body: { body: "셀프 답변" } })).status).toBe(403);
  });
});

/** a small PNG carrying EXIF (as a phone screenshot may) */
const png = async () =>
  new Uint8Array(
    await sharp({ create: { width: 60, height: 120, channels: 3, background: "#e11d48" } })
      .png()
      .withExif({ IFD0: { Make: "SecretPhone", ImageDescription: "집 주소가 보이는 사진" } })
      .toBuffer(),
  );
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, ...new TextEncoder().encode("This program cannot be run in DOS mode.PE\0\0")]);

async function upload(as: { id: string }, bytes: Uint8Array, contentType: string): Promise<string> {
  const up = await callOp(createScreenshotUploadUrlOperation, { as, body: { contentType, size: bytes.length } });
  expect(up.status).toBe(200);
  expect(up.body.key.startsWith(`inquiries/${as.id}/upload/`)).toBe(true);
  const res = await fetch(up.body.uploadUrl, { method: "PUT", headers: up.body.headers, body: new Uint8Array(bytes) });
  expect(res.status).toBe(200);
  return up.body.key;
}

describe("help desk screenshot", () => {
  it("stored re-encoded under the private prefix; the member and the operator see it through short-lived URLs; withdrawal deletes it", async () => {
    const [member, admin] = [await createMember(), await createMember({ role: "ADMIN" })];
    const original = await png();
    expect((await sharp(original).metadata()).exif, "the upload carries EXIF, so its absence below means something").toBeDefined();
    const uploadKey = await upload(member, original, "image/png");
    const asked = await callOp(createInquiryOperation, { as: member, body: { category: "MATCHING", body: "추천 화면이 이렇게 보여요.", screenshotKey: uploadKey } });
    expect(asked.status).toBe(201);

    const row = await prisma.inquiryMessage.findFirstOrThrow({ where: { inquiryId: asked.body.id } });
    expect(row.attachmentKey).toMatch(new RegExp(`^inquiries/${member.id}/[0-9a-f-]{36}\\.jpg$`));
    // the upload (which may carry EXIF/GPS) is gone; only the re-encoded JPEG is kept
    expect(await headObject(uploadKey)).toBeNull();
    const stored = await headObject(row.attachmentKey!);
    expect(stored?.contentType).toBe("image/jpeg");

    const thread = await callOp(getMyInquiryOperation, { as: member, params: { id: asked.body.id } });
    const shot = thread.body.messages[0].screenshot!;
    expect(new Date(shot.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(SCREENSHOT_URL_TTL_SECONDS * 1000 + 1000);
    const got = await fetch(shot.url);
    expect(got.status).toBe(200);
    expect(got.headers.get("cache-control")).toBe("no-store");
    const bytes = new Uint8Array(await got.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const meta = await sharp(bytes).metadata();
    expect(meta.format).toBe("jpeg");
    expect(meta.exif).toBeUndefined();
    expect(new TextDecoder("latin1").decode(bytes)).not.toContain("SecretPhone");

    const inbox = await callOp(listInquiriesOperation, { as: admin, query: {} });
    const mine = inbox.body.items.find((i) => i.id === asked.body.id)!;
    expect(mine.messages[0].screenshot?.url).toContain(row.attachmentKey!.split("/").pop()!);
    expect((await fetch(mine.messages[0].screenshot!.url)).status).toBe(200);
    // the list of my inquiries carries no URL
    expect(JSON.stringify((await callOp(listMyInquiriesOperation, { as: member })).body)).not.toContain("inquiries/");

    // a follow-up may carry one too
    const second = await upload(member, await png(), "image/png");
    const follow = await callOp(addInquiryMessageOperation, { as: member, params: { id: asked.body.id }, body: { body: "하나 더 보내요.", screenshotKey: second } });
    expect(follow.status).toBe(201);
    expect(follow.body.messages.map((m) => m.screenshot !== null)).toEqual([true, true]);
    const keys = (await prisma.inquiryMessage.findMany({ where: { inquiryId: asked.body.id } })).map((m) => m.attachmentKey!);

    await withdrawMember({ userId: member.id, reason: "SELF" });
    for (const key of keys) expect(await headObject(key), key).toBeNull();
    expect(await prisma.inquiryMessage.count({ where: { inquiryId: asked.body.id, attachmentKey: { not: null } } })).toBe(0);
  });

  it("refuses what is not an image by its bytes, a lie about the type, an oversize file and someone else's upload; nothing is kept", async () => {
    const [member, stranger] = [await createMember(), await createMember()];
    const exe = await upload(member, EXE, "image/png");
    const bad = await callOp(createInquiryOperation, { as: member, body: { category: "OTHER", body: "파일을 첨부했어요.", screenshotKey: exe } });
    expect(bad.status).toBe(422);
    expect(bad.error?.message).toContain("JPEG·PNG·WEBP");
    expect(await headObject(exe)).toBeNull();

    // a PNG declared as JPEG: the signed type and the bytes disagree
    const liar = await upload(member, await png(), "image/jpeg");
    expect((await callOp(createInquiryOperation, { as: member, body: { category: "OTHER", body: "파일을 첨부했어요.", screenshotKey: liar } })).status).toBe(422);
    expect(await headObject(liar)).toBeNull();

    // bigger than the bound (written around the signed URL, which binds the size)
    const big = `inquiries/${member.id}/upload/${crypto.randomUUID()}`;
    await putBytes(big, new Uint8Array(MAX_SCREENSHOT_BYTES + 1), "image/png");
    expect((await callOp(createInquiryOperation, { as: member, body: { category: "OTHER", body: "큰 파일이에요.", screenshotKey: big } })).status).toBe(422);
    expect(await headObject(big)).toBeNull();
    // the upload URL itself refuses a declared oversize or a PDF
    expect((await callOp(createScreenshotUploadUrlOperation, { as: member, body: { contentType: "image/png", size: MAX_SCREENSHOT_BYTES + 1 } })).status).toBe(422);
    expect((await callOp(createScreenshotUploadUrlOperation, { as: member, body: { contentType: "application/pdf", size: 100 } })).status).toBe(422);

    const hers = await upload(member, await png(), "image/png");
    expect((await callOp(createInquiryOperation, { as: stranger, body: { category: "OTHER", body: "남의 파일을 첨부해요.", screenshotKey: hers } })).status).toBe(404);
    expect(await headObject(hers)).not.toBeNull();
    expect(await prisma.inquiry.count({ where: { memberId: { in: [member.id, stranger.id] } } })).toBe(0);
  });
});
