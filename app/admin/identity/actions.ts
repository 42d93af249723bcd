"use server";
// The identity-exceptions queue's decision, derived from POST /api/admin/identity-exceptions/{id}/decision
// (same access, parsing, audit and notification as the API). The queue renders per request.
import { action } from "@/lib/http/action";
import { decideIdentityExceptionOperation } from "@/lib/admin/identity-exceptions";

export const decideIdentityExceptionAction = action(decideIdentityExceptionOperation);
