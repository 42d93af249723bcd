// POST /api/passes – "관심 없음" on a recommended member (hides the card; a signal for later weeks)
import { route } from "@/lib/http/route";
import { passMemberOperation } from "@/lib/matching/pass-member";

export const POST = route(passMemberOperation);
