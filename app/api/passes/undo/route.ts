// POST /api/passes/undo – take back a 관심 없음 right after it
import { route } from "@/lib/http/route";
import { undoPassOperation } from "@/lib/matching/undo-pass";

export const POST = route(undoPassOperation);
