// GET /api/admin/my-members – the manager console
import { route } from "@/lib/http/route";
import { myMembersOperation } from "@/lib/managers/my-members";

export const GET = route(myMembersOperation);
