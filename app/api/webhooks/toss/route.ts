// POST /api/webhooks/toss – Toss PAYMENT_STATUS_CHANGED (unsigned: re-fetched from Toss before acting)
import { route } from "@/lib/http/route";
import { tossWebhookOperation } from "@/lib/payments/toss-webhook";

export const POST = route(tossWebhookOperation);
