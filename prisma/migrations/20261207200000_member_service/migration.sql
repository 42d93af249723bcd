-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'CONSULTATION_BOOKED';
ALTER TYPE "NotificationKind" ADD VALUE 'CONSULTATION_CANCELLED';
ALTER TYPE "NotificationKind" ADD VALUE 'CONSULTATION_REMINDER';
ALTER TYPE "NotificationKind" ADD VALUE 'INQUIRY_ANSWERED';

-- CreateEnum
CREATE TYPE "ConsultationMode" AS ENUM ('PHONE', 'VIDEO', 'VISIT');

-- CreateEnum
CREATE TYPE "ConsultationStatus" AS ENUM ('BOOKED', 'CANCELLED', 'DONE', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "InquiryCategory" AS ENUM ('PAYMENT', 'MATCHING', 'VERIFICATION', 'ACCOUNT', 'SAFETY', 'OTHER');

-- CreateEnum
CREATE TYPE "InquiryStatus" AS ENUM ('RECEIVED', 'ANSWERED');

-- CreateTable
CREATE TABLE "ManagerProfile" (
    "userId" UUID NOT NULL,
    "displayName" TEXT NOT NULL,
    "intro" TEXT NOT NULL,
    "photoUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManagerProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "MemberManager" (
    "memberId" UUID NOT NULL,
    "managerId" UUID NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberManager_pkey" PRIMARY KEY ("memberId")
);

-- CreateTable
CREATE TABLE "ConsultationSlot" (
    "id" UUID NOT NULL,
    "managerId" UUID NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "minutes" INTEGER NOT NULL,
    "mode" "ConsultationMode" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationBooking" (
    "id" UUID NOT NULL,
    "slotId" UUID NOT NULL,
    "activeSlotId" UUID,
    "memberId" UUID NOT NULL,
    "status" "ConsultationStatus" NOT NULL DEFAULT 'BOOKED',
    "periodEndsAt" TIMESTAMP(3) NOT NULL,
    "note" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inquiry" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "category" "InquiryCategory" NOT NULL,
    "status" "InquiryStatus" NOT NULL DEFAULT 'RECEIVED',
    "assigneeId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inquiry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InquiryMessage" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "fromStaff" BOOLEAN NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MemberManager_managerId_idx" ON "MemberManager"("managerId");

-- CreateIndex
CREATE INDEX "ConsultationSlot_startsAt_idx" ON "ConsultationSlot"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationSlot_managerId_startsAt_key" ON "ConsultationSlot"("managerId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationBooking_activeSlotId_key" ON "ConsultationBooking"("activeSlotId");

-- CreateIndex
CREATE INDEX "ConsultationBooking_memberId_status_idx" ON "ConsultationBooking"("memberId", "status");

-- CreateIndex
CREATE INDEX "ConsultationBooking_slotId_idx" ON "ConsultationBooking"("slotId");

-- CreateIndex
CREATE INDEX "Inquiry_memberId_createdAt_idx" ON "Inquiry"("memberId", "createdAt");

-- CreateIndex
CREATE INDEX "Inquiry_status_createdAt_idx" ON "Inquiry"("status", "createdAt");

-- CreateIndex
CREATE INDEX "InquiryMessage_inquiryId_createdAt_idx" ON "InquiryMessage"("inquiryId", "createdAt");

-- AddForeignKey
ALTER TABLE "ManagerProfile" ADD CONSTRAINT "ManagerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberManager" ADD CONSTRAINT "MemberManager_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberManager" ADD CONSTRAINT "MemberManager_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationSlot" ADD CONSTRAINT "ConsultationSlot_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationBooking" ADD CONSTRAINT "ConsultationBooking_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "ConsultationSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationBooking" ADD CONSTRAINT "ConsultationBooking_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryMessage" ADD CONSTRAINT "InquiryMessage_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryMessage" ADD CONSTRAINT "InquiryMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
