// GET /api/recommendations?week=YYYY-Www – the caller's weekly recommendations (default: this week, Asia/Seoul)
import { route } from "@/lib/http/route";
import { listMemberRecommendationsOperation } from "@/lib/member-recommendations/list-member-recommendations";

export const GET = route(listMemberRecommendationsOperation);
