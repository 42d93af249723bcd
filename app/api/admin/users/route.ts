// GET /api/admin/users – member search, filters, keyset pages
import { route } from "@/lib/http/route";
import { listUsersOperation } from "@/lib/admin/list-users";

export const GET = route(listUsersOperation);
