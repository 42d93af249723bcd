// POST /api/admin/refunds/{id}/reject – reject a member's refund request with a reason (audited)
import { route } from "@/lib/http/route";
import { rejectRefundOperation } from "@/lib/refunds/decide-refund";

export const POST = route(rejectRefundOperation);
