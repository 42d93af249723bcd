// POST /api/admin/consultations/{id}/outcome – note, done or no-show
import { route } from "@/lib/http/route";
import { recordOutcomeOperation } from "@/lib/consultations/record-outcome";

export const POST = route(recordOutcomeOperation);
