// GET /api/me – the signed-in member's own account
import { getMe } from "@/lib/members/get-me";
import { withMember } from "@/lib/http/route";

export const GET = withMember(async ({ actor }) => getMe({ actor }), { allowOnboarding: true });
