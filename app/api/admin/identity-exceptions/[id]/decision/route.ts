// POST /api/admin/identity-exceptions/{id}/decision – uphold a refusal or allow another 본인인증
import { route } from "@/lib/http/route";
import { decideIdentityExceptionOperation } from "@/lib/admin/identity-exceptions";

export const POST = route(decideIdentityExceptionOperation);
