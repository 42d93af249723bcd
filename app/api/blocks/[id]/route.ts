// DELETE /api/blocks/{id} – remove one of my own blocks
import { route } from "@/lib/http/route";
import { unblockMemberOperation } from "@/lib/members/unblock-member";

export const DELETE = route(unblockMemberOperation);
