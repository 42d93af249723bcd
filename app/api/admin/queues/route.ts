// GET /api/admin/queues – how many photos and documents wait for review
import { route } from "@/lib/http/route";
import { countReviewQueuesOperation } from "@/lib/admin/review-queues";

export const GET = route(countReviewQueuesOperation);
