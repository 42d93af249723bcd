// POST /api/identity/verify – confirm a PortOne 본인인증 result for onboarding
import { route } from "@/lib/http/route";
import { verifyIdentityOperation } from "@/lib/identity/verify-identity";

export const POST = route(verifyIdentityOperation);
