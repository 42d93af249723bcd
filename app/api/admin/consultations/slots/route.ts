// POST /api/admin/consultations/slots – publish a slot
import { route } from "@/lib/http/route";
import { publishSlotOperation } from "@/lib/consultations/publish-slot";

export const POST = route(publishSlotOperation);
