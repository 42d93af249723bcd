// zod request/response schemas of member reports (POST /api/reports).
import { z } from "zod";
import { strictObject, zFreeText } from "@/lib/core/parse";
import { ZMemberId } from "@/lib/core/ids";

export const REPORT_REASONS = [
  "FAKE_PROFILE",
  "INAPPROPRIATE_PHOTO",
  "HARASSMENT",
  "SCAM_OR_SOLICITATION",
  "MARRIED_OR_IN_RELATIONSHIP",
  "NO_SHOW_OR_RUDE",
  "OTHER",
] as const;

export const ZReportRequest = strictObject({
  userId: ZMemberId,
  reason: z.enum(REPORT_REASONS, { error: "신고 사유를 선택해 주세요." }),
  detail: zFreeText(1000, { label: "상세 내용" })
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type ReportInput = z.infer<typeof ZReportRequest>;

export const ZReportDto = z.object({
  id: z.string(),
  userId: z.string(),
  reason: z.enum(REPORT_REASONS),
  createdAt: z.string(),
  blockId: z.string(),
});
export type ReportDto = z.infer<typeof ZReportDto>;
