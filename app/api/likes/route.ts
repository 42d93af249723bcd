// POST /api/likes – like a recommended member (or like back someone who liked you); mutual → pending match
import { withMember } from "@/lib/http/route";
import { parseBody } from "@/lib/core/parse";
import { likeMember } from "@/lib/matching/like-member";
import { ZLikeRequest } from "@/lib/matching/schemas";

export const POST = withMember(async ({ req, actor }) => {
  const { toUserId, batchWeek } = await parseBody(req, ZLikeRequest);
  return likeMember({ actor, toUserId, batchWeek });
});
