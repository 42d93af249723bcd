// POST /api/admin/matches/{id}/activate – activate a paid (or forced) match (audited)
import { route } from "@/lib/http/route";
import { activateMatchOperation } from "@/lib/matching/activate-match";

export const POST = route(activateMatchOperation);
