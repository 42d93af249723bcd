// GET /api/me – my account, profile, preferences, membership · DELETE /api/me – withdraw
import { route } from "@/lib/http/route";
import { getMeOperation } from "@/lib/members/get-me";
import { withdrawSelfOperation } from "@/lib/members/withdraw-member";

export const GET = route(getMeOperation);
export const DELETE = route(withdrawSelfOperation);
