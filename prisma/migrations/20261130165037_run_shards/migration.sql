-- CreateEnum
CREATE TYPE "ShardStatus" AS ENUM ('PLANNED', 'RUNNING', 'ENDED', 'LOST', 'FENCED');

-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "plannedShards" INTEGER,
ADD COLUMN     "waitingReason" TEXT;

-- CreateTable
CREATE TABLE "RunShard" (
    "id" BIGSERIAL NOT NULL,
    "runId" TEXT NOT NULL,
    "shardIndex" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL,
    "region" TEXT NOT NULL,
    "generatorId" TEXT NOT NULL,
    "generatorName" TEXT NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "status" "ShardStatus" NOT NULL DEFAULT 'PLANNED',
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "requests" INTEGER NOT NULL DEFAULT 0,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "iterations" INTEGER NOT NULL DEFAULT 0,
    "histogram" TEXT,
    "p50Ms" DOUBLE PRECISION,
    "p95Ms" DOUBLE PRECISION,
    "p99Ms" DOUBLE PRECISION,

    CONSTRAINT "RunShard_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RunShard_generatorId_status_idx" ON "RunShard"("generatorId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "RunShard_runId_shardIndex_generation_key" ON "RunShard"("runId", "shardIndex", "generation");

-- AddForeignKey
ALTER TABLE "RunShard" ADD CONSTRAINT "RunShard_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

