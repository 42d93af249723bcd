// GET /api/matches – the caller's matches, newest first, with the other member's public profile
import { route } from "@/lib/http/route";
import { listMatchesOperation } from "@/lib/matching/list-matches";

export const GET = route(listMatchesOperation);
