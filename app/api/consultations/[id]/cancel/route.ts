// POST /api/consultations/{id}/cancel – cancel a booking
import { route } from "@/lib/http/route";
import { cancelConsultationOperation } from "@/lib/consultations/cancel-consultation";

export const POST = route(cancelConsultationOperation);
