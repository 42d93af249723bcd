// PATCH /api/admin/users/{id}/membership – set tier and expiry
import { route } from "@/lib/http/route";
import { updateMembershipOperation } from "@/lib/admin/update-membership";

export const PATCH = route(updateMembershipOperation);
