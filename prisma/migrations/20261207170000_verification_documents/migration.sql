-- Document badges (docs/documents.md): verification documents with their review state, the fact an
-- operator approved, the badge's validity and when the original left storage.

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'DOCUMENT_APPROVED';
ALTER TYPE "NotificationKind" ADD VALUE 'DOCUMENT_REJECTED';
ALTER TYPE "NotificationKind" ADD VALUE 'DOCUMENT_LAPSED';

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('EMPLOYMENT', 'EDUCATION', 'MARITAL', 'INCOME');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'LAPSED');

-- CreateEnum
CREATE TYPE "DocumentRejectReason" AS ENUM ('UNREADABLE', 'WRONG_DOCUMENT', 'NOT_THE_MEMBER', 'OUTDATED', 'ID_NOT_MASKED', 'SUSPECTED_FORGERY');

-- CreateEnum
CREATE TYPE "DocumentLapseReason" AS ENUM ('PROFILE_EDITED', 'EXPIRED');

-- CreateTable
CREATE TABLE "VerificationDocument" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'PENDING',
    "fact" TEXT,
    "rejectReason" "DocumentRejectReason",
    "storageKey" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "decidedAt" TIMESTAMP(3),
    "validUntil" TIMESTAMP(3),
    "lapsedAt" TIMESTAMP(3),
    "lapseReason" "DocumentLapseReason",
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerificationDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VerificationDocument_storageKey_key" ON "VerificationDocument"("storageKey");

-- CreateIndex
CREATE INDEX "VerificationDocument_status_createdAt_idx" ON "VerificationDocument"("status", "createdAt");

-- CreateIndex
CREATE INDEX "VerificationDocument_userId_kind_status_idx" ON "VerificationDocument"("userId", "kind", "status");

-- CreateIndex
CREATE INDEX "VerificationDocument_decidedAt_idx" ON "VerificationDocument"("decidedAt");

-- AddForeignKey
ALTER TABLE "VerificationDocument" ADD CONSTRAINT "VerificationDocument_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
