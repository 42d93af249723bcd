// GET /api/recommendations/conditions – unanswered marriage fields and how much the caller's "꼭" choices narrow the list
import { route } from "@/lib/http/route";
import { getMatchConditionsOperation } from "@/lib/member-recommendations/get-match-conditions";

export const GET = route(getMatchConditionsOperation);
