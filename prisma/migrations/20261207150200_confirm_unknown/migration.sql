-- A card confirm whose outcome is unknown (Toss 5xx/timeout): Toss may still charge the checkout until
-- its session ends, so an order closed meanwhile is not ended while Toss says IN_PROGRESS (close-orders.ts).
ALTER TABLE "Payment" ADD COLUMN "confirmUnknownAt" TIMESTAMP(3);
