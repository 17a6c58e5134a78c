-- AlterTable
ALTER TABLE "Scenario" ADD COLUMN     "baselineRunId" TEXT;

-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "name" TEXT,
ADD COLUMN     "notes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "stopReason" TEXT;

-- AlterTable
ALTER TABLE "RunSecond" ADD COLUMN     "token" JSONB;

-- AlterTable
ALTER TABLE "RunSample" ADD COLUMN     "latencyMs" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "compareTolerances" JSONB,
ADD COLUMN     "stopConditions" JSONB;

-- CreateTable
CREATE TABLE "RunGeneratorSecond" (
    "runId" TEXT NOT NULL,
    "second" INTEGER NOT NULL,
    "shardIndex" INTEGER NOT NULL,
    "generatorId" TEXT NOT NULL,
    "generatorName" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "vus" INTEGER NOT NULL,
    "cpu" DOUBLE PRECISION,
    "rssBytes" BIGINT,
    "requests" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RunGeneratorSecond_pkey" PRIMARY KEY ("runId","second","shardIndex")
);

-- AddForeignKey
ALTER TABLE "RunGeneratorSecond" ADD CONSTRAINT "RunGeneratorSecond_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

