// zod schemas of the help desk (1:1 문의): a member's inquiry and its thread, the admin inbox.
import { z } from "zod";
import { strictObject, zFreeText } from "@/lib/core/parse";
import { zId } from "@/lib/core/ids";

export const ZInquiryCategory = z.enum(["PAYMENT", "MATCHING", "VERIFICATION", "ACCOUNT", "SAFETY", "OTHER"], { error: "문의 유형을 골라 주세요." });
export const ZInquiryStatus = z.enum(["RECEIVED", "ANSWERED"]);
export const ZInquiryIdParams = z.object({ id: zId() });

const body = (max: number) => zFreeText(max, { label: "문의 내용" }).pipe(z.string().min(5, "내용을 5자 이상 적어 주세요."));
export const ZCreateInquiryBody = strictObject({ category: ZInquiryCategory, body: body(2000) });
export const ZMessageBody = strictObject({ body: body(2000) });
export const ZAnswerBody = strictObject({ body: zFreeText(4000, { label: "답변" }).pipe(z.string().min(1, "답변을 입력해 주세요.")) });
export const ZAssignInquiryBody = strictObject({ assigneeId: zId().nullable().optional() });

export const ZMessage = z.object({ id: z.string(), fromStaff: z.boolean(), body: z.string(), createdAt: z.string() });
export const ZInquirySummary = z.object({ id: z.string(), category: ZInquiryCategory, status: ZInquiryStatus, preview: z.string(), createdAt: z.string(), updatedAt: z.string() });
export const ZInquiryThread = ZInquirySummary.extend({ messages: z.array(ZMessage) });

export const ZAdminInquiryQuery = z.object({
  status: ZInquiryStatus.optional(),
  category: ZInquiryCategory.optional(),
  assignee: z.enum(["me", "none"]).optional(),
});
export const ZAdminInquiry = ZInquirySummary.extend({
  member: z.object({ id: z.string(), nickname: z.string().nullable() }),
  assignee: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  messages: z.array(ZMessage),
});
