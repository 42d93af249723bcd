// A member's own 1:1 문의: POST /api/inquiries (ask), GET /api/inquiries (mine, newest first),
// GET /api/inquiries/{id} (the thread; someone else's is a 404) and POST /api/inquiries/{id}/messages
// (a follow-up; the inquiry is 접수 again until the operator answers). A question or a follow-up may
// carry one screenshot (./screenshots.ts: checked by its bytes, re-encoded, private, short-lived URLs).
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { deleteObjects } from "@/lib/storage";
import { ZCreateInquiryBody, ZInquiryIdParams, ZInquirySummary, ZInquiryThread, ZMessageBody } from "./schemas";
import { screenshotUrl, storeScreenshot } from "./screenshots";

export const threadSelect = {
  id: true, category: true, status: true, createdAt: true, updatedAt: true,
  messages: { orderBy: { createdAt: "asc" as const }, select: { id: true, fromStaff: true, body: true, createdAt: true, attachmentKey: true } },
} as const;

type Row = { id: string; category: z.infer<typeof ZInquirySummary>["category"]; status: z.infer<typeof ZInquirySummary>["status"]; createdAt: Date; updatedAt: Date; messages: { id: string; fromStaff: boolean; body: string; createdAt: Date; attachmentKey: string | null }[] };
/** the thread with a freshly signed, short-lived URL for each screenshot */
export const threadDto = async (r: Row): Promise<z.input<typeof ZInquiryThread>> => ({
  id: r.id, category: r.category, status: r.status, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
  preview: (r.messages[0]?.body ?? "").slice(0, 80),
  messages: await Promise.all(
    r.messages.map(async (m) => ({ id: m.id, fromStaff: m.fromStaff, body: m.body, createdAt: m.createdAt.toISOString(), screenshot: m.attachmentKey ? await screenshotUrl(m.attachmentKey) : null })),
  ),
});

/** stores the screenshot (if any) before the write; if the write then fails, the stored object goes too */
async function withScreenshot<T>(memberId: string, uploadKey: string | undefined, write: (file: { attachmentKey: string; attachmentSize: number } | null) => Promise<T>): Promise<T> {
  const stored = uploadKey ? await storeScreenshot(memberId, uploadKey) : null;
  try {
    return await write(stored ? { attachmentKey: stored.key, attachmentSize: stored.size } : null);
  } catch (err) {
    if (stored) await deleteObjects([stored.key]).catch(() => undefined);
    throw err;
  }
}

export async function createInquiry({ actor, input }: { actor: Actor; input: z.infer<typeof ZCreateInquiryBody> }) {
  const row = await withScreenshot(actor.userId, input.screenshotKey, (file) =>
    prisma.inquiry.create({
      data: { memberId: actor.userId, category: input.category, messages: { create: { authorId: actor.userId, fromStaff: false, body: input.body, ...file } } },
      select: threadSelect,
    }),
  );
  return threadDto(row);
}

export async function listMyInquiries({ actor }: { actor: Actor }) {
  const rows = await prisma.inquiry.findMany({ where: { memberId: actor.userId }, orderBy: { createdAt: "desc" }, take: 50, select: { ...threadSelect, messages: { ...threadSelect.messages, take: 1 } } });
  return {
    items: rows.map((r) => ({ id: r.id, category: r.category, status: r.status, preview: (r.messages[0]?.body ?? "").slice(0, 80), createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() })),
  };
}

export async function getMyInquiry({ actor, input }: { actor: Actor; input: { id: string } }) {
  const row = await prisma.inquiry.findFirst({ where: { id: input.id, memberId: actor.userId }, select: threadSelect });
  if (!row) throw notFound("문의");
  return threadDto(row);
}

/** The cheap check of the thread page: is this the caller's own inquiry? */
export async function inquiryVisibleTo(actor: Actor, id: string): Promise<boolean> {
  return (await prisma.inquiry.findFirst({ where: { id, memberId: actor.userId }, select: { id: true } })) !== null;
}

export async function addInquiryMessage({ actor, input }: { actor: Actor; input: z.infer<typeof ZMessageBody> & { id: string } }) {
  // someone else's thread is a 404 before any file is touched
  if (!(await prisma.inquiry.findFirst({ where: { id: input.id, memberId: actor.userId }, select: { id: true } }))) throw notFound("문의");
  const row = await withScreenshot(actor.userId, input.screenshotKey, (file) =>
    prisma.$transaction(async (tx) => {
      const own = await tx.inquiry.findFirst({ where: { id: input.id, memberId: actor.userId }, select: { id: true } });
      if (!own) throw notFound("문의");
      await tx.inquiryMessage.create({ data: { inquiryId: input.id, authorId: actor.userId, fromStaff: false, body: input.body, ...file }, select: { id: true } });
      return tx.inquiry.update({ where: { id: input.id }, data: { status: "RECEIVED" }, select: threadSelect });
    }),
  );
  return threadDto(row);
}

const limit = { name: "inquiry-write", limit: 20, windowMs: 3_600_000, by: "actor" as const };

export const createInquiryOperation = defineOperation({ method: "POST", path: "/api/inquiries", access: "onboarding", tag: "help", summary: "1:1 문의 남기기", body: ZCreateInquiryBody, output: ZInquiryThread, status: 201, rateLimit: limit, run: createInquiry });
export const listMyInquiriesOperation = defineOperation({ method: "GET", path: "/api/inquiries", access: "onboarding", tag: "help", summary: "내 1:1 문의 목록", output: z.object({ items: z.array(ZInquirySummary) }), run: listMyInquiries });
export const getMyInquiryOperation = defineOperation({ method: "GET", path: "/api/inquiries/{id}", access: "onboarding", tag: "help", summary: "내 1:1 문의와 답변", params: ZInquiryIdParams, output: ZInquiryThread, run: getMyInquiry });
export const addInquiryMessageOperation = defineOperation({ method: "POST", path: "/api/inquiries/{id}/messages", access: "onboarding", tag: "help", summary: "1:1 문의에 덧붙이기", params: ZInquiryIdParams, body: ZMessageBody, output: ZInquiryThread, status: 201, rateLimit: limit, run: addInquiryMessage });
