// POST /api/consultations/{id}/reschedule – move a booking
import { route } from "@/lib/http/route";
import { rescheduleConsultationOperation } from "@/lib/consultations/book-consultation";

export const POST = route(rescheduleConsultationOperation);
