-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "periodEnd" TIMESTAMP(3),
ADD COLUMN     "periodStart" TIMESTAMP(3),
ADD COLUMN     "productId" TEXT,
ADD COLUMN     "refundedAmount" INTEGER NOT NULL DEFAULT 0;

-- Money invariants the schema cannot express in Prisma: a payment is for a positive amount, and
-- what was refunded never exceeds what was charged.
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_amount_check" CHECK ("amount" > 0);
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_refundedAmount_check" CHECK ("refundedAmount" >= 0 AND "refundedAmount" <= "amount");

-- CreateTable
CREATE TABLE "ContactConsent" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "version" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "agreedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ContactConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactDisclosure" (
    "id" UUID NOT NULL,
    "matchId" UUID NOT NULL,
    "viewerId" UUID NOT NULL,
    "subjectId" UUID NOT NULL,
    "fields" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactDisclosure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContactConsent_userId_agreedAt_idx" ON "ContactConsent"("userId", "agreedAt");

-- CreateIndex
CREATE INDEX "ContactDisclosure_matchId_createdAt_idx" ON "ContactDisclosure"("matchId", "createdAt");

-- CreateIndex
CREATE INDEX "ContactDisclosure_subjectId_createdAt_idx" ON "ContactDisclosure"("subjectId", "createdAt");

-- CreateIndex
CREATE INDEX "ContactDisclosure_viewerId_idx" ON "ContactDisclosure"("viewerId");

-- CreateIndex
CREATE INDEX "Payment_method_status_createdAt_idx" ON "Payment"("method", "status", "createdAt");

-- AddForeignKey
ALTER TABLE "ContactConsent" ADD CONSTRAINT "ContactConsent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactDisclosure" ADD CONSTRAINT "ContactDisclosure_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactDisclosure" ADD CONSTRAINT "ContactDisclosure_viewerId_fkey" FOREIGN KEY ("viewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactDisclosure" ADD CONSTRAINT "ContactDisclosure_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
