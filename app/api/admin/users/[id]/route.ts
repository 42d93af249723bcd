// GET /api/admin/users/{id} – member detail · DELETE – erase the member (as their own withdrawal)
import { route } from "@/lib/http/route";
import { deleteMemberOperation } from "@/lib/admin/delete-member";
import { getUserDetailOperation } from "@/lib/admin/get-user-detail";

export const GET = route(getUserDetailOperation);
export const DELETE = route(deleteMemberOperation);
