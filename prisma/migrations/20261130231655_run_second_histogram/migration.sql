-- AlterTable
ALTER TABLE "RunSecond" ADD COLUMN     "histogram" TEXT;

