-- AlterEnum: a manager is told when a member books, reschedules or cancels a consultation with them
ALTER TYPE "NotificationKind" ADD VALUE 'MANAGER_CONSULTATION_CHANGED';

-- AlterTable: a 1:1 문의 message may carry one screenshot (re-encoded JPEG under inquiries/{memberId}/)
ALTER TABLE "InquiryMessage" ADD COLUMN "attachmentKey" TEXT,
ADD COLUMN "attachmentSize" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "InquiryMessage_attachmentKey_key" ON "InquiryMessage"("attachmentKey");
