// GET /api/matches – the caller's matches, newest first, with the other member's public profile
import { withMember } from "@/lib/http/route";
import { listMatches } from "@/lib/matching/list-matches";

export const GET = withMember(async ({ actor }) => listMatches({ actor }));
