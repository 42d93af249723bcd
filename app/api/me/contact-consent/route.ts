// POST|DELETE /api/me/contact-consent – give or withdraw consent to disclose my phone to an active match
import { route } from "@/lib/http/route";
import { giveContactConsentOperation, revokeContactConsentOperation } from "@/lib/matching/contact-consent";

export const POST = route(giveContactConsentOperation);
export const DELETE = route(revokeContactConsentOperation);
