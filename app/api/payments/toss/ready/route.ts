// POST /api/payments/toss/ready – open a card order (amount from the price table) for requestPayment
import { route } from "@/lib/http/route";
import { readyTossPaymentOperation } from "@/lib/payments/toss-ready";

export const POST = route(readyTossPaymentOperation);
