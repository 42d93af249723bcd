// POST /api/onboarding – complete sign-up
import { route } from "@/lib/http/route";
import { completeOnboardingOperation } from "@/lib/members/complete-onboarding";

export const POST = route(completeOnboardingOperation);
