// POST /api/payments/toss/confirm – confirm a card payment after Toss's success redirect
import { route } from "@/lib/http/route";
import { confirmTossPaymentOperation } from "@/lib/payments/toss-confirm";

export const POST = route(confirmTossPaymentOperation);
