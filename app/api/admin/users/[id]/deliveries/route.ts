// GET /api/admin/users/{id}/deliveries – a member's external notification deliveries
import { route } from "@/lib/http/route";
import { listMemberDeliveriesOperation } from "@/lib/admin/notification-deliveries";

export const GET = route(listMemberDeliveriesOperation);
