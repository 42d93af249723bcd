// POST /api/matches/{id}/feedback – did you meet, how was it (private to the admins)
import { route } from "@/lib/http/route";
import { submitMatchFeedbackOperation } from "@/lib/matching/match-feedback";

export const POST = route(submitMatchFeedbackOperation);
