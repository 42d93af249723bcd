// POST /api/admin/users/{id}/pii – reveal a member's PII (audited)
import { route } from "@/lib/http/route";
import { revealPiiOperation } from "@/lib/admin/reveal-pii";

export const POST = route(revealPiiOperation);
