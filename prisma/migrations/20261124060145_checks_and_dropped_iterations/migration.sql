-- AlterTable
ALTER TABLE "RunMetric" ADD COLUMN     "checksFailed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "checksPassed" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "RunSecond" ADD COLUMN     "droppedIterations" INTEGER NOT NULL DEFAULT 0;

