// POST /api/admin/deliveries/{id}/resend – send a failed delivery again (audited)
import { route } from "@/lib/http/route";
import { resendDeliveryOperation } from "@/lib/admin/notification-deliveries";

export const POST = route(resendDeliveryOperation);
