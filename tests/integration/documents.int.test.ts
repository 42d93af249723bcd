// Document badges (docs/documents.md) against the local S3: upload (type by content, size bound,
// private prefix) → operator view (audited, short-lived URL) → review → badge on the member's own
// page and on others' cards (income/job visibility respected) → lapse on a job edit or after the
// validity → deletion of the original a fixed number of days after the decision.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { headObject } from "@/lib/storage";
import { currentWeek } from "@/lib/core/week";
import { DOCUMENT_ORIGINAL_DAYS } from "@/lib/core/document-review";
import { createDocumentUploadUrlOperation, listMyDocumentsOperation, submitDocumentOperation } from "@/lib/documents/documents";
import { listDocumentQueueOperation } from "@/lib/admin/document-queue";
import { reviewDocumentOperation } from "@/lib/admin/review-document";
import { viewDocumentOperation } from "@/lib/admin/view-document";
import { countReviewQueuesOperation } from "@/lib/admin/review-queues";
import { listMemberRecommendationsOperation } from "@/lib/member-recommendations/list-member-recommendations";
import { updateProfileOperation } from "@/lib/profiles/update-profile";
import { activeBadgesOf, lapseExpiredBadges } from "@/lib/documents/badges";
import { purgeDocumentOriginals } from "@/lib/documents/purge-originals";
import { sniffDocumentType } from "@/lib/documents/document-schemas";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";

const DAY = 24 * 60 * 60 * 1000;
const week = currentWeek();
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
/** a Windows executable's header (MZ … PE), as a renamed setup.exe → 졸업증명서.pdf carries */
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, ...new TextEncoder().encode("This program cannot be run in DOS mode.PE\0\0")]);

type Who = { id: string; role?: "MEMBER" | "ADMIN" };
const admin = () => createMember({ role: "ADMIN", withProfile: false });

async function put(as: Who, bytes: Uint8Array<ArrayBuffer>, contentType: string): Promise<string> {
  const up = await callOp(createDocumentUploadUrlOperation, { as, body: { contentType, size: bytes.length } });
  expect(up.status).toBe(200);
  expect(up.body.key.startsWith(`documents/${as.id}/`)).toBe(true);
  const res = await fetch(up.body.uploadUrl, { method: "PUT", headers: up.body.headers, body: new Uint8Array(bytes) });
  expect(res.status).toBe(200);
  return up.body.key;
}

async function submit(as: Who, kind: "EMPLOYMENT" | "EDUCATION" | "MARITAL" | "INCOME", bytes: Uint8Array<ArrayBuffer> = PDF, contentType = "application/pdf") {
  const key = await put(as, bytes, contentType);
  const res = await callOp(submitDocumentOperation, { as, body: { kind, key } });
  const row = await prisma.verificationDocument.findUnique({ where: { storageKey: key } });
  return { key, res, row };
}

async function approved(owner: Who, operator: Who, kind: "EMPLOYMENT" | "EDUCATION" | "MARITAL" | "INCOME", fact: string) {
  const { row } = await submit(owner, kind);
  const res = await callOp(reviewDocumentOperation, { as: operator, params: { id: row!.id }, body: { decision: "APPROVE", fact } });
  expect(res.status).toBe(200);
  return row!;
}

/** the viewer's card of `owner` this week, as the API answers it */
async function cardOf(viewer: Who, owner: Who) {
  await prisma.recommendation.upsert({
    where: { userId_targetId_batchWeek: { userId: viewer.id, targetId: owner.id, batchWeek: week } },
    create: { userId: viewer.id, targetId: owner.id, batchWeek: week, rank: 1, score: 0.5 },
    update: {},
  });
  const res = await callOp(listMemberRecommendationsOperation, { as: viewer, query: { week } });
  expect(res.status).toBe(200);
  const item = res.body.items.find((i) => i.profile.userId === owner.id);
  expect(item).toBeDefined();
  return { profile: item!.profile, raw: new TextDecoder().decode(res.bytes) };
}

describe("upload", () => {
  it("sniffs the type from the bytes", () => {
    expect(sniffDocumentType(PDF)).toBe("application/pdf");
    expect(sniffDocumentType(EXE)).toBeNull();
    expect(sniffDocumentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffDocumentType(new TextEncoder().encode("<html><script>"))).toBeNull();
  });

  it("a PDF becomes a PENDING document under the member's private prefix; the member's DTO holds no key or URL", async () => {
    const member = await createMember();
    const { key, res, row } = await submit(member, "EDUCATION");
    expect(res.status).toBe(201);
    expect(row).toMatchObject({ userId: member.id, kind: "EDUCATION", status: "PENDING", contentType: "application/pdf", size: PDF.length });
    expect(await headObject(key)).not.toBeNull();
    expect(res.body.documents).toHaveLength(1);
    expect(JSON.stringify(res.body)).not.toContain("documents/");
    expect(JSON.stringify(res.body)).not.toContain("http");
    // a second document of the same kind waits for the first
    const again = await submit(member, "EDUCATION");
    expect(again.res.status).toBe(409);
    expect(again.row).toBeNull();
    expect(await headObject(again.key)).toBeNull();
  });

  it("refuses a renamed .exe (declared as PDF) and deletes it; refuses a type that does not match the bytes", async () => {
    const member = await createMember();
    const exe = await submit(member, "EMPLOYMENT", EXE, "application/pdf");
    expect(exe.res.status).toBe(422);
    expect(exe.res.error?.message).toContain("PDF");
    expect(exe.row).toBeNull();
    expect(await headObject(exe.key)).toBeNull();

    const lying = await submit(member, "EMPLOYMENT", PDF, "image/png");
    expect(lying.res.status).toBe(422);
    expect(lying.row).toBeNull();
    expect(await prisma.verificationDocument.count({ where: { userId: member.id } })).toBe(0);
  });

  it("refuses an oversize file before any upload URL is issued, and unknown types", async () => {
    const member = await createMember();
    const big = await callOp(createDocumentUploadUrlOperation, { as: member, body: { contentType: "application/pdf", size: 10 * 1024 * 1024 + 1 } });
    expect(big.status).toBe(422);
    expect(big.error?.message).toContain("10MB");
    const exe = await callOp(createDocumentUploadUrlOperation, { as: member, body: { contentType: "application/x-msdownload", size: 100 } });
    expect(exe.status).toBe(422);
    // the signature binds the size: a bigger body than declared is refused by storage
    const up = await callOp(createDocumentUploadUrlOperation, { as: member, body: { contentType: "application/pdf", size: PDF.length } });
    const res = await fetch(up.body.uploadUrl, { method: "PUT", headers: up.body.headers, body: new Uint8Array([...PDF, ...PDF]) });
    expect(res.ok).toBe(false);
  });

  it("a key of another member is a 404 (never attached, never deleted)", async () => {
    const [owner, other] = [await createMember(), await createMember()];
    const key = await put(owner, PDF, "application/pdf");
    const res = await callOp(submitDocumentOperation, { as: other, body: { kind: "INCOME", key } });
    expect(res.status).toBe(404);
    expect(await prisma.verificationDocument.count({ where: { storageKey: key } })).toBe(0);
    expect(await headObject(key)).not.toBeNull();
    // the owner can still submit it
    expect((await callOp(submitDocumentOperation, { as: owner, body: { kind: "INCOME", key } })).status).toBe(201);
    // and the admin-only operations are not the member's
    const row = await prisma.verificationDocument.findUniqueOrThrow({ where: { storageKey: key } });
    expect((await callOp(viewDocumentOperation, { as: other, params: { id: row.id } })).status).toBe(403);
    expect((await callOp(reviewDocumentOperation, { as: owner, params: { id: row.id }, body: { decision: "APPROVE", fact: "INCOME_30_50" } })).status).toBe(403);
  });
});

describe("review → badge", () => {
  it("the queue lists oldest first; each view is audited and gives a short-lived URL of the bytes; approval makes a badge and a notification", async () => {
    const [owner, viewer, operator] = [await createMember({ gender: "F" }), await createMember({ gender: "M" }), await admin()];
    const { row } = await submit(owner, "EDUCATION");
    const queue = await callOp(listDocumentQueueOperation, { as: operator });
    expect(queue.body.items.map((i) => i.id)).toContain(row!.id);
    const counts = await callOp(countReviewQueuesOperation, { as: operator });
    expect(counts.body.documents).toBe(queue.body.pending);
    expect(counts.body.documents).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(queue.body)).not.toContain("documents/"); // no key, no URL in the list

    const view = await callOp(viewDocumentOperation, { as: operator, params: { id: row!.id } });
    expect(view.status).toBe(200);
    const audit = await prisma.adminAction.findMany({ where: { action: "DOCUMENT_VIEWED", targetId: row!.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ adminId: operator.id, targetType: "VerificationDocument" });
    expect(JSON.stringify(audit[0].detail)).not.toContain("documents/");
    const url = new URL(view.body.url);
    expect(Number(url.searchParams.get("X-Amz-Expires"))).toBeLessThanOrEqual(60);
    const served = await fetch(view.body.url);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PDF);
    await callOp(viewDocumentOperation, { as: operator, params: { id: row!.id } });
    expect(await prisma.adminAction.count({ where: { action: "DOCUMENT_VIEWED", targetId: row!.id } })).toBe(2);

    // a fact of another kind is refused
    const wrong = await callOp(reviewDocumentOperation, { as: operator, params: { id: row!.id }, body: { decision: "APPROVE", fact: "MARITAL_NEVER" } });
    expect(wrong.status).toBe(422);
    expect(await cardOf(viewer, owner).then((c) => c.profile.badges)).toEqual([]);

    const ok = await callOp(reviewDocumentOperation, { as: operator, params: { id: row!.id }, body: { decision: "APPROVE", fact: "EDU_UNIVERSITY" } });
    expect(ok.body).toMatchObject({ status: "APPROVED", fact: "EDU_UNIVERSITY", validUntil: null });
    expect((await callOp(reviewDocumentOperation, { as: operator, params: { id: row!.id }, body: { decision: "REJECT", reason: "UNREADABLE" } })).status).toBe(409);
    expect(await prisma.adminAction.count({ where: { action: "DOCUMENT_APPROVED", targetId: row!.id } })).toBe(1);
    expect(await prisma.notification.findMany({ where: { userId: owner.id, kind: "DOCUMENT_APPROVED" }, select: { payload: true } })).toEqual([
      { payload: { documentId: row!.id, kind: "EDUCATION", fact: "EDU_UNIVERSITY" } },
    ]);

    const mine = await callOp(listMyDocumentsOperation, { as: owner });
    expect(mine.body.badges).toEqual([{ kind: "EDUCATION", fact: "EDU_UNIVERSITY", label: "4년제 대학 졸업" }]);
    const card = await cardOf(viewer, owner);
    expect(card.profile.badges).toEqual([{ kind: "EDUCATION", fact: "EDU_UNIVERSITY", label: "4년제 대학 졸업" }]);
    expect(card.raw).not.toContain("documents/");
  });

  it("a rejection carries its fixed reason to the member; no badge", async () => {
    const [owner, operator] = [await createMember(), await admin()];
    const { row } = await submit(owner, "MARITAL");
    const res = await callOp(reviewDocumentOperation, { as: operator, params: { id: row!.id }, body: { decision: "REJECT", reason: "ID_NOT_MASKED" } });
    expect(res.body).toMatchObject({ status: "REJECTED", rejectReason: "ID_NOT_MASKED", fact: null });
    const mine = await callOp(listMyDocumentsOperation, { as: owner });
    expect(mine.body.documents[0]).toMatchObject({ status: "REJECTED", rejectReason: "ID_NOT_MASKED" });
    expect(mine.body.badges).toEqual([]);
    expect(await prisma.adminAction.count({ where: { action: "DOCUMENT_REJECTED", targetId: row!.id } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: owner.id, kind: "DOCUMENT_REJECTED" } })).toBe(1);
  });

  it("an unknown document is a 404 to the operator", async () => {
    const operator = await admin();
    const id = "0190a6b8-0000-7000-8000-000000000000";
    expect((await callOp(viewDocumentOperation, { as: operator, params: { id } })).status).toBe(404);
    expect((await callOp(reviewDocumentOperation, { as: operator, params: { id }, body: { decision: "REJECT", reason: "UNREADABLE" } })).status).toBe(404);
    expect(await prisma.adminAction.count({ where: { action: "DOCUMENT_VIEWED", targetId: id } })).toBe(0);
  });
});

describe("what others see", () => {
  it("never shows the income fact while the owner hides income, nor the employment fact while the job is hidden", async () => {
    const [owner, viewer, operator] = [await createMember({ gender: "F" }), await createMember({ gender: "M" }), await admin()];
    await approved(owner, operator, "INCOME", "INCOME_50_70");
    await approved(owner, operator, "EMPLOYMENT", "EMP_PUBLIC");
    await approved(owner, operator, "MARITAL", "MARITAL_NEVER");

    // default: income hidden
    let card = await cardOf(viewer, owner);
    expect(card.profile.badges.map((b) => b.kind)).toEqual(["EMPLOYMENT", "MARITAL"]);
    for (const leak of ["INCOME_50_70", "5천만", "INCOME"]) expect(card.raw).not.toContain(leak);
    // the owner sees their own income badge
    expect((await callOp(listMyDocumentsOperation, { as: owner })).body.badges.map((b) => b.kind)).toEqual(["EMPLOYMENT", "MARITAL", "INCOME"]);

    const save = (visibility: Record<string, boolean>) =>
      callOp(updateProfileOperation, { as: owner, body: { nickname: "검증회원", region: "서울", job: "회사원", visibility } });
    expect((await save({ incomeBand: true })).status).toBe(200);
    card = await cardOf(viewer, owner);
    expect(card.profile.badges.map((b) => b.kind)).toEqual(["EMPLOYMENT", "MARITAL", "INCOME"]);

    expect((await save({ incomeBand: false, job: false })).status).toBe(200);
    card = await cardOf(viewer, owner);
    expect(card.profile.badges.map((b) => b.kind)).toEqual(["MARITAL"]);
    for (const leak of ["EMP_PUBLIC", "공무원", "INCOME_50_70"]) expect(card.raw).not.toContain(leak);
  });
});

describe("lapse", () => {
  it("editing the job lapses the 재직 badge (not the others) and tells the member; saving the same job does not", async () => {
    const [owner, viewer, operator] = [await createMember({ gender: "F" }), await createMember({ gender: "M" }), await admin()];
    const emp = await approved(owner, operator, "EMPLOYMENT", "EMP_LARGE");
    const edu = await approved(owner, operator, "EDUCATION", "EDU_MASTER");
    const save = (job: string) => callOp(updateProfileOperation, { as: owner, body: { nickname: "검증회원", region: "서울", job } });

    expect((await save("회사원")).status).toBe(200); // the factory's job: unchanged
    expect((await prisma.verificationDocument.findUniqueOrThrow({ where: { id: emp.id } })).status).toBe("APPROVED");
    expect((await cardOf(viewer, owner)).profile.badges.map((b) => b.kind)).toEqual(["EMPLOYMENT", "EDUCATION"]);

    expect((await save("프리랜서 디자이너")).status).toBe(200);
    expect(await prisma.verificationDocument.findUniqueOrThrow({ where: { id: emp.id } })).toMatchObject({ status: "LAPSED", lapseReason: "PROFILE_EDITED" });
    expect((await prisma.verificationDocument.findUniqueOrThrow({ where: { id: edu.id } })).status).toBe("APPROVED");
    expect((await cardOf(viewer, owner)).profile.badges.map((b) => b.kind)).toEqual(["EDUCATION"]);
    expect(await prisma.notification.count({ where: { userId: owner.id, kind: "DOCUMENT_LAPSED" } })).toBe(1);
  });

  it("answering 학력 for the first time keeps the 학력 badge; changing the answer lapses it (and only it)", async () => {
    const [owner, operator] = [await createMember({ gender: "F" }), await admin()];
    const edu = await approved(owner, operator, "EDUCATION", "EDU_MASTER");
    const marital = await approved(owner, operator, "MARITAL", "MARITAL_NEVER");
    const save = (education: string) => callOp(updateProfileOperation, { as: owner, body: { nickname: "검증회원", region: "서울", job: "회사원", education } });

    expect((await save("MASTER")).status).toBe(200);
    expect((await prisma.verificationDocument.findUniqueOrThrow({ where: { id: edu.id } })).status).toBe("APPROVED");
    expect((await save("MASTER")).status).toBe(200);
    expect((await prisma.verificationDocument.findUniqueOrThrow({ where: { id: edu.id } })).status).toBe("APPROVED");

    expect((await save("BACHELOR")).status).toBe(200);
    expect(await prisma.verificationDocument.findUniqueOrThrow({ where: { id: edu.id } })).toMatchObject({ status: "LAPSED", lapseReason: "PROFILE_EDITED" });
    expect((await prisma.verificationDocument.findUniqueOrThrow({ where: { id: marital.id } })).status).toBe("APPROVED");
  });

  it("a badge past its validity is not shown, and the job marks it LAPSED once (idempotent)", async () => {
    const [owner, operator] = [await createMember(), await admin()];
    const doc = await approved(owner, operator, "INCOME", "INCOME_OVER_100");
    const edu = await approved(owner, operator, "EDUCATION", "EDU_DOCTORATE");
    const { validUntil } = await prisma.verificationDocument.findUniqueOrThrow({ where: { id: doc.id } });
    expect(validUntil!.getTime() - Date.now()).toBeGreaterThan(364 * DAY);
    const later = new Date(validUntil!.getTime() + 1000);
    expect((await callOp(listMyDocumentsOperation, { as: owner })).body.badges).toHaveLength(2);
    // past the date, the badge is gone even before the job ran
    expect((await activeBadgesOf([owner.id], later)).get(owner.id)?.map((b) => b.kind)).toEqual(["EDUCATION"]);
    expect(await lapseExpiredBadges({ now: new Date() })).toEqual({ lapsed: 0 });
    expect((await lapseExpiredBadges({ now: later })).lapsed).toBeGreaterThanOrEqual(1);
    expect(await prisma.verificationDocument.findUniqueOrThrow({ where: { id: doc.id } })).toMatchObject({ status: "LAPSED", lapseReason: "EXPIRED" });
    expect((await prisma.verificationDocument.findUniqueOrThrow({ where: { id: edu.id } })).status).toBe("APPROVED"); // 학력 has no end
    expect(await lapseExpiredBadges({ now: later })).toEqual({ lapsed: 0 });
    expect(await prisma.notification.count({ where: { userId: owner.id, kind: "DOCUMENT_LAPSED" } })).toBe(1);
    expect((await callOp(listMyDocumentsOperation, { as: owner })).body.badges.map((b) => b.kind)).toEqual(["EDUCATION"]);
  });
});

describe("deletion of the original", () => {
  it(`the object is deleted ${DOCUMENT_ORIGINAL_DAYS} days after the decision; the badge and its record stay; a pending one is kept`, async () => {
    const [owner, operator] = [await createMember(), await admin()];
    const doc = await approved(owner, operator, "MARITAL", "MARITAL_DIVORCED");
    const pending = await submit(owner, "EDUCATION");
    const { decidedAt } = await prisma.verificationDocument.findUniqueOrThrow({ where: { id: doc.id } });

    await purgeDocumentOriginals({ now: new Date(decidedAt!.getTime() + (DOCUMENT_ORIGINAL_DAYS - 1) * DAY) });
    expect(await headObject(doc.storageKey)).not.toBeNull();

    const at = new Date(decidedAt!.getTime() + DOCUMENT_ORIGINAL_DAYS * DAY);
    const out = await purgeDocumentOriginals({ now: at });
    expect(out.deleted).toBeGreaterThanOrEqual(1);
    expect(await headObject(doc.storageKey)).toBeNull();
    expect(await prisma.verificationDocument.findUniqueOrThrow({ where: { id: doc.id } })).toMatchObject({ status: "APPROVED", fact: "MARITAL_DIVORCED", deletedAt: at });
    expect(await headObject(pending.key)).not.toBeNull();
    expect((await callOp(viewDocumentOperation, { as: operator, params: { id: doc.id } })).status).toBe(409);
    expect((await callOp(listMyDocumentsOperation, { as: owner })).body).toMatchObject({
      badges: [{ kind: "MARITAL", fact: "MARITAL_DIVORCED", label: "이혼" }],
      documents: expect.arrayContaining([expect.objectContaining({ id: doc.id, originalDeleted: true })]),
    });
    expect((await purgeDocumentOriginals({ now: at })).deleted).toBe(0);
  });

  it("an upload never submitted is swept after a day; a submitted one and a fresh upload stay", async () => {
    const member = await createMember();
    const orphan = await put(member, PDF, "application/pdf");
    const submitted = await submit(member, "INCOME");
    expect((await purgeDocumentOriginals({ now: new Date() })).orphans).toBe(0);
    expect(await headObject(orphan)).not.toBeNull(); // may still be on its way to the submit
    const out = await purgeDocumentOriginals({ now: new Date(Date.now() + DAY + 60_000) });
    expect(out.orphans).toBeGreaterThanOrEqual(1);
    expect(await headObject(orphan)).toBeNull();
    expect(await headObject(submitted.key)).not.toBeNull();
  });
});
