// GET /api/matches/{id}/contact – the partner's disclosed contact of an ACTIVE match
import { route } from "@/lib/http/route";
import { getMatchContactOperation } from "@/lib/matching/contact";

export const GET = route(getMatchContactOperation);
