-- Reviewed profile photos (docs/photos.md): one row per photo with its review state, replacing
-- the Profile.photos key list.

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'PHOTO_APPROVED';
ALTER TYPE "NotificationKind" ADD VALUE 'PHOTO_REJECTED';

-- CreateEnum
CREATE TYPE "PhotoStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "PhotoRejectReason" AS ENUM ('FACE_NOT_VISIBLE', 'NOT_THE_MEMBER', 'INAPPROPRIATE', 'LOW_QUALITY');

-- CreateTable
CREATE TABLE "Photo" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "status" "PhotoStatus" NOT NULL DEFAULT 'PENDING',
    "rejectReason" "PhotoRejectReason",
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Photo_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Photo_key_key" ON "Photo"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Photo_publicKey_key" ON "Photo"("publicKey");

-- CreateIndex
CREATE INDEX "Photo_userId_position_idx" ON "Photo"("userId", "position");

-- CreateIndex
CREATE INDEX "Photo_status_createdAt_idx" ON "Photo"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "Photo" ADD CONSTRAINT "Photo_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Photos attached before review existed go to the queue as PENDING. They were never re-encoded:
-- publicKey = key marks that, and approving one re-encodes it first (lib/profiles/review-photo.ts),
-- so nobody else ever loads the original bytes.
INSERT INTO "Photo" ("userId", "key", "publicKey", "position", "status", "createdAt")
SELECT p."userId", k.key, k.key, (k.ord - 1)::int, 'PENDING', p."updatedAt"
  FROM "Profile" p, unnest(p.photos) WITH ORDINALITY AS k(key, ord);

-- AlterTable
ALTER TABLE "Profile" DROP COLUMN "photos";
