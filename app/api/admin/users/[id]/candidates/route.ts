// GET /api/admin/users/{id}/candidates – manual match candidates with score reasons
import { route } from "@/lib/http/route";
import { listCandidatesOperation } from "@/lib/admin/list-candidates";

export const GET = route(listCandidatesOperation);
