// GET /api/me – my account, profile, preferences, membership and status · DELETE /api/me – withdraw
import { getMe } from "@/lib/members/get-me";
import { withdrawMember } from "@/lib/members/withdraw-member";
import { withMember } from "@/lib/http/route";

export const GET = withMember(async ({ actor }) => getMe({ actor }), { allowOnboarding: true });

export const DELETE = withMember(
  async ({ actor }) => {
    await withdrawMember({ userId: actor.userId, reason: "SELF" });
    return { ok: true, status: "WITHDRAWN" };
  },
  { allowOnboarding: true },
);
