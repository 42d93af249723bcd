// POST /api/admin/refunds/{id}/pay – pay back an approved refund: card via Toss, transfer sent (audited)
import { route } from "@/lib/http/route";
import { payRefundOperation } from "@/lib/refunds/decide-refund";

export const POST = route(payRefundOperation);
