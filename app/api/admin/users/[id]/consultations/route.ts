// POST /api/admin/users/{id}/consultations – log a consultation
import { route } from "@/lib/http/route";
import { logConsultationOperation } from "@/lib/admin/log-consultation";

export const POST = route(logConsultationOperation);
