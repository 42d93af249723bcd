// zod schemas and DTOs of the member side of recommendations (GET /api/recommendations).
import { z } from "zod";
import { ZWeek } from "@/lib/core/week";
import { ZMatchRef, ZReceivedLike } from "@/lib/matching/schemas";
import { ZPublicProfile } from "@/lib/profiles/public-profile";

export const ZRecommendationsQuery = z.object({ week: ZWeek.optional() });

export const ZRecommendationItem = z.object({
  id: z.uuid(),
  batchWeek: z.string(),
  rank: z.number().int(),
  respondedAt: z.string().nullable(),
  /** the caller has liked this member */
  liked: z.boolean(),
  /** this member has liked the caller */
  likedMe: z.boolean(),
  /** the pair's match, once there is one */
  match: ZMatchRef.nullable(),
  profile: ZPublicProfile,
  /** why the two were introduced, in words ("같은 종교", "둘 다 비흡연"): never from a hidden field */
  reasons: z.array(z.string()),
});
export type RecommendationItem = z.infer<typeof ZRecommendationItem>;

export const ZMemberRecommendations = z.object({
  week: z.string(),
  items: z.array(ZRecommendationItem),
  /** members who liked the caller and are still unanswered ("받은 좋아요"), this week's cards included */
  receivedLikes: z.array(ZReceivedLike),
});
export type MemberRecommendations = z.infer<typeof ZMemberRecommendations>;
