-- AlterTable
ALTER TABLE "Payment" ADD COLUMN "refundTarget" INTEGER,
ADD COLUMN "reviewReason" TEXT,
ADD COLUMN "statusBefore" "PaymentStatus";

-- CreateTable
CREATE TABLE "PaymentRefund" (
    "id" UUID NOT NULL,
    "paymentId" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "transactionKey" TEXT,
    "decidedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentRefund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentDiscrepancy" (
    "id" UUID NOT NULL,
    "paymentId" UUID NOT NULL,
    "appStatus" TEXT NOT NULL,
    "appCharged" INTEGER NOT NULL,
    "appBalance" INTEGER NOT NULL,
    "tossStatus" TEXT,
    "tossCharged" INTEGER,
    "tossBalance" INTEGER,
    "detail" TEXT NOT NULL,
    "detectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "PaymentDiscrepancy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PaymentRefund_idempotencyKey_key" ON "PaymentRefund"("idempotencyKey");

-- CreateIndex
CREATE INDEX "PaymentRefund_paymentId_idx" ON "PaymentRefund"("paymentId");

-- CreateIndex
CREATE INDEX "PaymentRefund_createdAt_idx" ON "PaymentRefund"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentDiscrepancy_open_key" ON "PaymentDiscrepancy"("paymentId") WHERE "resolvedAt" IS NULL;

-- CreateIndex
CREATE INDEX "PaymentDiscrepancy_detectedAt_idx" ON "PaymentDiscrepancy"("detectedAt");

-- AddForeignKey
ALTER TABLE "PaymentRefund" ADD CONSTRAINT "PaymentRefund_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentDiscrepancy" ADD CONSTRAINT "PaymentDiscrepancy_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Refunds recorded before the state machine: a full refund was CANCELED, a partial one stayed PAID.
UPDATE "Payment" SET "status" = 'REFUNDED' WHERE "status" = 'CANCELED' AND "refundedAmount" > 0 AND "refundedAmount" = "amount";
UPDATE "Payment" SET "status" = 'PARTIALLY_REFUNDED' WHERE "status" = 'PAID' AND "refundedAmount" > 0;

-- One open match fee per match. Older data may hold several PENDING ones: the newest stays open; an
-- older card order may have been charged, so it is not closed here but handed to the lookup at Toss
-- (CLOSING, resolved by the reconciliation job); an older transfer intent is cancelled.
WITH ranked AS (
  SELECT id, method, row_number() OVER (PARTITION BY "matchId" ORDER BY "createdAt" DESC, id) AS n
    FROM "Payment" WHERE purpose = 'MATCH_FEE' AND status = 'PENDING' AND "matchId" IS NOT NULL
)
UPDATE "Payment" p SET
  status = CASE WHEN r.method = 'TOSS' THEN 'CLOSING'::"PaymentStatus" ELSE 'CANCELED'::"PaymentStatus" END,
  "failureCode" = 'ANOTHER_OPEN_PAYMENT',
  "canceledAt" = CASE WHEN r.method = 'TOSS' THEN NULL ELSE now() END
  FROM ranked r WHERE p.id = r.id AND r.n > 1;

-- CreateIndex
CREATE UNIQUE INDEX "Payment_open_match_fee_key" ON "Payment"("matchId") WHERE purpose = 'MATCH_FEE' AND status = 'PENDING';
