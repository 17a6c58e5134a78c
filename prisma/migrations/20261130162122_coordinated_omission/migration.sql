-- AlterTable
ALTER TABLE "RunMetric" ADD COLUMN     "histogramCorrected" TEXT;

-- AlterTable
ALTER TABLE "RunSecond" ADD COLUMN     "p99CorrectedMs" DOUBLE PRECISION;

