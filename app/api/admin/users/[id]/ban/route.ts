// POST /api/admin/users/{id}/ban – ban a member · DELETE – unban
import { route } from "@/lib/http/route";
import { banMemberOperation, unbanMemberOperation } from "@/lib/admin/ban-member";

export const POST = route(banMemberOperation);
export const DELETE = route(unbanMemberOperation);
