// POST /api/payments/intent – bank-transfer intent for a pending match (depositor code)
import { route } from "@/lib/http/route";
import { createTransferIntentOperation } from "@/lib/payments/create-transfer-intent";

export const POST = route(createTransferIntentOperation);
