-- The marriage profile (issue 21): education, job category, income band, religion, smoking,
-- drinking, marital history, children and marriage timing on the profile (null = not answered),
-- and preferences on them, each "꼭" (Preference.mustFields: a both-way hard filter) or "되도록".

-- CreateEnum
CREATE TYPE "Education" AS ENUM ('HIGH_SCHOOL', 'ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTORATE');

-- CreateEnum
CREATE TYPE "JobCategory" AS ENUM ('OFFICE', 'PUBLIC_SECTOR', 'PROFESSIONAL', 'EDUCATION', 'MEDICAL', 'IT', 'FINANCE', 'BUSINESS', 'FREELANCE', 'SERVICE', 'STUDENT', 'OTHER');

-- CreateEnum
CREATE TYPE "IncomeBand" AS ENUM ('UNDER_30M', 'FROM_30M', 'FROM_50M', 'FROM_70M', 'OVER_100M');

-- CreateEnum
CREATE TYPE "Religion" AS ENUM ('NONE', 'PROTESTANT', 'CATHOLIC', 'BUDDHIST', 'OTHER');

-- CreateEnum
CREATE TYPE "Smoking" AS ENUM ('NON_SMOKER', 'OCCASIONAL', 'SMOKER');

-- CreateEnum
CREATE TYPE "Drinking" AS ENUM ('NONE', 'SOMETIMES', 'OFTEN');

-- CreateEnum
CREATE TYPE "MaritalHistory" AS ENUM ('FIRST', 'REMARRIAGE');

-- CreateEnum
CREATE TYPE "Children" AS ENUM ('NONE', 'LIVING_TOGETHER', 'LIVING_APART');

-- CreateEnum
CREATE TYPE "MarriageTiming" AS ENUM ('WITHIN_YEAR', 'ONE_TO_TWO_YEARS', 'UNDECIDED');

-- CreateEnum
CREATE TYPE "PreferenceField" AS ENUM ('RELIGION', 'SMOKING', 'DRINKING', 'MARITAL_HISTORY', 'CHILDREN', 'EDUCATION', 'HEIGHT', 'MARRIAGE_TIMING');

-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "children" "Children",
ADD COLUMN     "drinking" "Drinking",
ADD COLUMN     "education" "Education",
ADD COLUMN     "incomeBand" "IncomeBand",
ADD COLUMN     "jobCategory" "JobCategory",
ADD COLUMN     "maritalHistory" "MaritalHistory",
ADD COLUMN     "marriageTiming" "MarriageTiming",
ADD COLUMN     "religion" "Religion",
ADD COLUMN     "smoking" "Smoking";

-- AlterTable
ALTER TABLE "Preference" ADD COLUMN     "children" "Children"[] DEFAULT ARRAY[]::"Children"[],
ADD COLUMN     "drinking" "Drinking"[] DEFAULT ARRAY[]::"Drinking"[],
ADD COLUMN     "heightMax" INTEGER,
ADD COLUMN     "heightMin" INTEGER,
ADD COLUMN     "maritalHistory" "MaritalHistory"[] DEFAULT ARRAY[]::"MaritalHistory"[],
ADD COLUMN     "marriageTiming" "MarriageTiming"[] DEFAULT ARRAY[]::"MarriageTiming"[],
ADD COLUMN     "minEducation" "Education",
ADD COLUMN     "mustFields" "PreferenceField"[] DEFAULT ARRAY[]::"PreferenceField"[],
ADD COLUMN     "religions" "Religion"[] DEFAULT ARRAY[]::"Religion"[],
ADD COLUMN     "smoking" "Smoking"[] DEFAULT ARRAY[]::"Smoking"[];
