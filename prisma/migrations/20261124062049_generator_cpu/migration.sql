-- AlterTable
ALTER TABLE "RunSecond" ADD COLUMN     "generatorCpu" DOUBLE PRECISION;

