// POST /api/admin/refunds/{id}/approve – approve a member's refund request (audited)
import { route } from "@/lib/http/route";
import { approveRefundOperation } from "@/lib/refunds/decide-refund";

export const POST = route(approveRefundOperation);
