// zod schemas of the help desk (1:1 문의): a member's inquiry and its thread, the admin inbox, and the
// rules of the optional screenshot (no server-only imports: the member's upload field shares them).
import { z } from "zod";
import { strictObject, zFreeText } from "@/lib/core/parse";
import { zId } from "@/lib/core/ids";

export const ZInquiryCategory = z.enum(["PAYMENT", "MATCHING", "VERIFICATION", "ACCOUNT", "SAFETY", "OTHER"], { error: "문의 유형을 골라 주세요." });
export const ZInquiryStatus = z.enum(["RECEIVED", "ANSWERED"]);
export const ZInquiryIdParams = z.object({ id: zId() });

/** a screenshot: JPEG/PNG/WEBP by its bytes, at most 5 MB; stored re-encoded under inquiries/{memberId}/ */
export const MAX_SCREENSHOT_BYTES = 5 * 1024 * 1024;
export const SCREENSHOT_CONTENT_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type ScreenshotContentType = (typeof SCREENSHOT_CONTENT_TYPES)[number];
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/** where the browser PUTs the file before the inquiry is sent: inquiries/{memberId}/upload/{uuid} */
export const SCREENSHOT_UPLOAD_KEY = new RegExp(`^inquiries/(${UUID})/upload/${UUID}$`);
const TYPE_ERROR = "스크린샷은 JPEG·PNG·WEBP 이미지만 올릴 수 있어요.";
export const ZScreenshotUploadUrlRequest = strictObject({
  contentType: z.enum(SCREENSHOT_CONTENT_TYPES, { error: TYPE_ERROR }),
  size: z
    .number({ error: "파일을 확인할 수 없어요. 다시 골라 주세요." })
    .int("파일을 확인할 수 없어요. 다시 골라 주세요.")
    .min(1, "빈 파일은 올릴 수 없어요.")
    .max(MAX_SCREENSHOT_BYTES, `스크린샷은 ${MAX_SCREENSHOT_BYTES / 1024 / 1024}MB 이하만 올릴 수 있어요.`),
});
export const ZScreenshotUploadUrlResponse = z.object({ key: z.string(), uploadUrl: z.string().url(), headers: z.record(z.string(), z.string()), expiresAt: z.string() });
const zScreenshotKey = z.string().regex(SCREENSHOT_UPLOAD_KEY, "첨부한 스크린샷 정보가 올바르지 않아요. 다시 올려 주세요.");

const body = (max: number) => zFreeText(max, { label: "문의 내용" }).pipe(z.string().min(5, "내용을 5자 이상 적어 주세요."));
export const ZCreateInquiryBody = strictObject({ category: ZInquiryCategory, body: body(2000), screenshotKey: zScreenshotKey.optional() });
export const ZMessageBody = strictObject({ body: body(2000), screenshotKey: zScreenshotKey.optional() });
export const ZAnswerBody = strictObject({ body: zFreeText(4000, { label: "답변" }).pipe(z.string().min(1, "답변을 입력해 주세요.")) });
export const ZAssignInquiryBody = strictObject({ assigneeId: zId().nullable().optional() });

/** a screenshot's URL is signed for a few minutes (the member's thread, the operator's inbox), never cached */
export const ZScreenshot = z.object({ url: z.string().url(), expiresAt: z.string() });
export const ZMessage = z.object({ id: z.string(), fromStaff: z.boolean(), body: z.string(), createdAt: z.string(), screenshot: ZScreenshot.nullable() });
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
