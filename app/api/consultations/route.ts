// GET /api/consultations – my consultations · POST /api/consultations – book a slot
import { route } from "@/lib/http/route";
import { myConsultationsOperation } from "@/lib/consultations/my-consultations";
import { bookConsultationOperation } from "@/lib/consultations/book-consultation";

export const GET = route(myConsultationsOperation);
export const POST = route(bookConsultationOperation);
