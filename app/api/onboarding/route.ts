// POST /api/onboarding – complete sign-up (seed A's /submit): real name, phone, birth date, gender, agreements
import { completeOnboarding } from "@/lib/members/complete-onboarding";
import { ZOnboardingRequest } from "@/lib/members/schemas";
import { parseBody } from "@/lib/core/parse";
import { withMember } from "@/lib/http/route";

export const POST = withMember(
  async ({ req, actor }) => completeOnboarding({ actor, input: await parseBody(req, ZOnboardingRequest) }),
  { allowOnboarding: true },
);
