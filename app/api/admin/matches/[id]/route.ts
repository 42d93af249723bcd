// DELETE /api/admin/matches/{id} – unmatch (close, statuses revert)
import { route } from "@/lib/http/route";
import { unmatchOperation } from "@/lib/admin/unmatch";

export const DELETE = route(unmatchOperation);
