// zod schemas of post-match feedback (POST /api/matches/{id}/feedback): did the two meet, how was it.
// Private to the admins: never shown to the other member.
import { z } from "zod";
import { strictObject } from "@/lib/core/parse";

export const ZFeedbackRequest = strictObject({
  met: z.boolean({ error: "상대방을 만났는지 선택해 주세요." }),
  rating: z.number().int().min(1, "만족도를 목록에서 골라 주세요.").max(5, "만족도를 목록에서 골라 주세요.").optional(),
  comment: z.string().trim().max(1000, "하고 싶은 말은 1000자 이하로 입력해 주세요.").optional(),
});
export type FeedbackRequest = z.infer<typeof ZFeedbackRequest>;

export const ZFeedbackDto = z.object({
  matchId: z.uuid(),
  met: z.boolean(),
  rating: z.number().int().nullable(),
  comment: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FeedbackDto = z.infer<typeof ZFeedbackDto>;

export const ZFeedbackResponse = z.object({ feedback: ZFeedbackDto });
