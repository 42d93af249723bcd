// POST /api/admin/managers/assign – assign members to a manager
import { route } from "@/lib/http/route";
import { assignMembersOperation } from "@/lib/managers/assign-members";

export const POST = route(assignMembersOperation);
