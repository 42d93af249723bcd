// GET /api/admin/identity-exceptions – the refused 본인인증 attempts waiting for an operator
import { route } from "@/lib/http/route";
import { listIdentityExceptionsOperation } from "@/lib/admin/identity-exceptions";

export const GET = route(listIdentityExceptionsOperation);
