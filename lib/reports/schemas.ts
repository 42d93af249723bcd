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

export const REPORT_REASON_LABEL: Record<(typeof REPORT_REASONS)[number], string> = {
  FAKE_PROFILE: "허위 프로필·사칭",
  INAPPROPRIATE_PHOTO: "부적절한 사진",
  HARASSMENT: "욕설·성희롱·괴롭힘",
  SCAM_OR_SOLICITATION: "금전 요구·영업·사기",
  MARRIED_OR_IN_RELATIONSHIP: "기혼자 또는 교제 중인 회원",
  NO_SHOW_OR_RUDE: "약속 불이행·무례한 행동",
  OTHER: "기타",
};

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
