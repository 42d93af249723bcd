// GET /api/matches/{id} – one match and the other member's public profile, for its participants only
import { withMember } from "@/lib/http/route";
import { parseParams } from "@/lib/core/parse";
import { getMatch } from "@/lib/matching/get-match";
import { ZMatchIdParams } from "@/lib/matching/schemas";

export const GET = withMember(async ({ params, actor }) => {
  const { id } = await parseParams(params, ZMatchIdParams);
  return getMatch({ actor, matchId: id });
});
