// POST /api/recommendations/first-list – asks for the caller's first list now (a no-op once it exists)
import { route } from "@/lib/http/route";
import { requestFirstListOperation } from "@/lib/member-recommendations/request-first-list";

export const POST = route(requestFirstListOperation);
