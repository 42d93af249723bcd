// GET /api/recommendations?week=YYYY-Www – the caller's weekly recommendations (default: this week, Asia/Seoul)
import { withMember } from "@/lib/http/route";
import { parseQuery } from "@/lib/core/parse";
import { listMemberRecommendations } from "@/lib/recommendations/list-member-recommendations";
import { ZRecommendationsQuery } from "@/lib/recommendations/member-schemas";

export const GET = withMember(async ({ req, actor }) => {
  const { week } = parseQuery(req, ZRecommendationsQuery);
  return listMemberRecommendations({ actor, week });
});
