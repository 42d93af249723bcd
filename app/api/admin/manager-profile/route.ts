// PUT /api/admin/manager-profile – my manager profile
import { route } from "@/lib/http/route";
import { putManagerProfileOperation } from "@/lib/consultations/managers";

export const PUT = route(putManagerProfileOperation);
