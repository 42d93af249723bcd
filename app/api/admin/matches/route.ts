// GET /api/admin/matches – matches by status · POST – manual match
import { route } from "@/lib/http/route";
import { createManualMatchOperation } from "@/lib/admin/create-match";
import { listAdminMatchesOperation } from "@/lib/admin/list-matches";

export const GET = route(listAdminMatchesOperation);
export const POST = route(createManualMatchOperation);
