-- Toss 가상계좌: the issued account, its due date and the hash of the deposit-callback secret.
ALTER TABLE "Payment" ADD COLUMN "virtualAccount" JSONB,
ADD COLUMN "depositDueAt" TIMESTAMP(3),
ADD COLUMN "depositSecretHash" TEXT;

-- One open match fee per match: an issued virtual account waiting for its deposit is open too.
DROP INDEX "Payment_open_match_fee_key";
CREATE UNIQUE INDEX "Payment_open_match_fee_key" ON "Payment"("matchId") WHERE purpose = 'MATCH_FEE' AND status IN ('PENDING', 'AWAITING_DEPOSIT');
