-- Reach follow-up (issue 22): 알림톡 and SMS delivery reports followed after Solapi accepted the message,
-- and operator-composed 광고 campaigns. Settings per kind need no column: NotificationSetting.channels
-- keeps its JSON, per kind now, and old per-category keys are read as the default of their kinds.

-- AlterTable
ALTER TABLE "NotificationDelivery" ADD COLUMN     "reportChecks" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reportedAt" TIMESTAMP(3);

-- rows sent before reports were followed are not asked about
UPDATE "NotificationDelivery" SET "reportedAt" = COALESCE("sentAt", "updatedAt") WHERE "status" = 'SENT';

-- CreateIndex (the 알림톡 and SMS whose delivery report is awaited)
CREATE INDEX "NotificationDelivery_report_due_idx" ON "NotificationDelivery"("nextAttemptAt") WHERE status = 'SENT' AND "reportedAt" IS NULL AND channel IN ('ALIMTALK', 'SMS');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('SCHEDULED', 'SENT', 'CANCELLED');

-- CreateTable
CREATE TABLE "MarketingCampaign" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'SCHEDULED',
    "recipients" INTEGER,
    "sentAt" TIMESTAMP(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MarketingCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MarketingCampaign_status_scheduledAt_idx" ON "MarketingCampaign"("status", "scheduledAt");
