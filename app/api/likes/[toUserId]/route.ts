// DELETE /api/likes/{toUserId} – take back a like sent by mistake (409 once it became a match)
import { route } from "@/lib/http/route";
import { unlikeMemberOperation } from "@/lib/matching/unlike-member";

export const DELETE = route(unlikeMemberOperation);
