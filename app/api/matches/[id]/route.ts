// GET /api/matches/{id} – one match and the other member's public profile, for its participants only
import { route } from "@/lib/http/route";
import { getMatchOperation } from "@/lib/matching/get-match";

export const GET = route(getMatchOperation);
