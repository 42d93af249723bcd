-- AlterTable
ALTER TABLE "User" ADD COLUMN     "realNameHash" TEXT;

-- CreateIndex
CREATE INDEX "User_realNameHash_idx" ON "User"("realNameHash");

-- CreateIndex
CREATE INDEX "User_role_createdAt_id_idx" ON "User"("role", "createdAt", "id");

-- CreateIndex
CREATE INDEX "User_role_status_createdAt_id_idx" ON "User"("role", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Match_status_createdAt_id_idx" ON "Match"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Match_createdAt_id_idx" ON "Match"("createdAt", "id");

-- CreateIndex
CREATE INDEX "AdminAction_action_createdAt_idx" ON "AdminAction"("action", "createdAt");

-- CreateIndex
CREATE INDEX "Report_reporterId_idx" ON "Report"("reporterId");
