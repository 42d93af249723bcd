// The admin inbox: GET /api/admin/inquiries (filters: status, category, assignee me/none; oldest
// unanswered first), POST /api/admin/inquiries/{id}/answer (the answer goes to the thread, the
// inquiry is 답변 완료 and the member is notified), POST /api/admin/inquiries/{id}/assign. Writes are audited.
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { recordAdminAction } from "@/lib/core/audit";
import { notify } from "@/lib/notifications/notify";
import { threadDto, threadSelect } from "./member-inquiries";
import { ZAdminInquiry, ZAdminInquiryQuery, ZAnswerBody, ZAssignInquiryBody, ZInquiryIdParams, ZInquiryThread } from "./schemas";

const adminSelect = { ...threadSelect, member: { select: { id: true, profile: { select: { nickname: true } } } }, assignee: { select: { id: true, name: true } } } as const;

export async function listInquiries({ actor, input }: { actor: Actor; input: z.infer<typeof ZAdminInquiryQuery> }) {
  const rows = await prisma.inquiry.findMany({
    where: { status: input.status, category: input.category, ...(input.assignee === "me" ? { assigneeId: actor.userId } : input.assignee === "none" ? { assigneeId: null } : {}) },
    orderBy: [{ status: "asc" }, { updatedAt: "asc" }],
    take: 100,
    select: adminSelect,
  });
  return {
    items: await Promise.all(
      rows.map(async (r) => ({ ...(await threadDto(r)), member: { id: r.member.id, nickname: r.member.profile?.nickname ?? null }, assignee: r.assignee ? { id: r.assignee.id, name: r.assignee.name } : null })),
    ),
  };
}

export async function answerInquiry({ actor, input }: { actor: Actor; input: z.infer<typeof ZAnswerBody> & { id: string } }) {
  return prisma.$transaction(async (tx) => {
    const inq = await tx.inquiry.findUnique({ where: { id: input.id }, select: { memberId: true, assigneeId: true } });
    if (!inq) throw notFound("문의");
    await tx.inquiryMessage.create({ data: { inquiryId: input.id, authorId: actor.userId, fromStaff: true, body: input.body }, select: { id: true } });
    const row = await tx.inquiry.update({ where: { id: input.id }, data: { status: "ANSWERED", assigneeId: inq.assigneeId ?? actor.userId }, select: threadSelect });
    await notify(tx, [{ userId: inq.memberId, kind: "INQUIRY_ANSWERED", payload: { inquiryId: input.id } }]);
    await recordAdminAction(tx, { adminId: actor.userId, action: "INQUIRY_ANSWERED", targetType: "Inquiry", targetId: input.id, detail: { length: input.body.length } });
    return row;
  }).then(threadDto);
}

export async function assignInquiry({ actor, input }: { actor: Actor; input: z.infer<typeof ZAssignInquiryBody> & { id: string } }) {
  const assigneeId = input.assigneeId === undefined ? actor.userId : input.assigneeId;
  return prisma.$transaction(async (tx) => {
    const inq = await tx.inquiry.findUnique({ where: { id: input.id }, select: { assigneeId: true } });
    if (!inq) throw notFound("문의");
    if (assigneeId && !(await tx.user.findFirst({ where: { id: assigneeId, role: "ADMIN" }, select: { id: true } }))) throw notFound("담당자");
    await tx.inquiry.update({ where: { id: input.id }, data: { assigneeId }, select: { id: true } });
    await recordAdminAction(tx, { adminId: actor.userId, action: "INQUIRY_ASSIGNED", targetType: "Inquiry", targetId: input.id, detail: { before: inq.assigneeId, after: assigneeId } });
    return { id: input.id, assigneeId };
  });
}

export const listInquiriesOperation = defineOperation({ method: "GET", path: "/api/admin/inquiries", access: "admin", tag: "admin", summary: "1:1 문의함 (상태·유형·담당자 필터)", query: ZAdminInquiryQuery, output: z.object({ items: z.array(ZAdminInquiry) }), run: listInquiries });
export const answerInquiryOperation = defineOperation({ method: "POST", path: "/api/admin/inquiries/{id}/answer", access: "admin", tag: "admin", summary: "1:1 문의 답변 (회원에게 알림)", params: ZInquiryIdParams, body: ZAnswerBody, output: ZInquiryThread, status: 201, run: answerInquiry });
export const assignInquiryOperation = defineOperation({ method: "POST", path: "/api/admin/inquiries/{id}/assign", access: "admin", tag: "admin", summary: "1:1 문의 담당자 지정 (비우면 나에게)", params: ZInquiryIdParams, body: ZAssignInquiryBody, output: z.object({ id: z.string(), assigneeId: z.string().nullable() }), run: assignInquiry });
