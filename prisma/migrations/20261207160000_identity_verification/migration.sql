-- 본인인증 (docs/identity.md): the CI's keyed hash and the verification time on User, the banned
-- people's CI hashes, and the refused attempts an operator reviews.

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'IDENTITY_REVIEWED';

-- CreateEnum
CREATE TYPE "IdentityExceptionReason" AS ENUM ('DUPLICATE_CI', 'BANNED', 'UNDER_AGE', 'PHONE_IN_USE', 'FAILED');

-- CreateEnum
CREATE TYPE "IdentityExceptionStatus" AS ENUM ('OPEN', 'UPHELD', 'RETRY_ALLOWED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN "ciHash" TEXT,
ADD COLUMN "identityVerifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "BannedIdentity" (
    "ciHash" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BannedIdentity_pkey" PRIMARY KEY ("ciHash")
);

-- CreateTable
CREATE TABLE "IdentityException" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "reason" "IdentityExceptionReason" NOT NULL,
    "status" "IdentityExceptionStatus" NOT NULL DEFAULT 'OPEN',
    "relatedUserId" UUID,
    "detail" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "lastAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdentityException_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_ciHash_key" ON "User"("ciHash");

-- CreateIndex
CREATE INDEX "IdentityException_status_createdAt_idx" ON "IdentityException"("status", "createdAt");

-- CreateIndex
CREATE INDEX "IdentityException_userId_reason_status_idx" ON "IdentityException"("userId", "reason", "status");

-- AddForeignKey
ALTER TABLE "IdentityException" ADD CONSTRAINT "IdentityException_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdentityException" ADD CONSTRAINT "IdentityException_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Members who joined before 본인인증 existed keep their typed details; they count as verified
-- neither here nor anywhere (the seed marks its demo members verified itself).
