// GET /api/admin/verify – confirms the caller is an admin
import { route } from "@/lib/http/route";
import { verifyAdminOperation } from "@/lib/admin/verify-admin";

export const GET = route(verifyAdminOperation);
