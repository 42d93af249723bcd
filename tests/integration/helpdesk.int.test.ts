// Help desk (1:1 문의): a member asks, the operator answers (audited), the member is notified and
// reads the thread; a follow-up reopens it; someone else's inquiry is a 404; the inbox filters.
import { describe, expect, it } from "vitest";
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

  it("refuses an empty question and a member answering as staff", async () => {
    const member = await createMember();
    const bad = await callOp(createInquiryOperation, { as: member, body: { category: "OTHER", body: "짧" } });
    expect(bad.status).toBe(422);
    const ok = await callOp(createInquiryOperation, { as: member, body: { category: "OTHER", body: "문의 내용이에요." } });
    expect((await callOp(answerInquiryOperation, { as: member, params: { id: ok.body.id }, body: { body: "셀프 답변" } })).status).toBe(403);
  });
});
