-- CreateTable
CREATE TABLE "RunSample" (
    "id" BIGSERIAL NOT NULL,
    "runId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "step" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "error" TEXT,
    "data" JSONB NOT NULL,

    CONSTRAINT "RunSample_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RunSample_runId_kind_at_idx" ON "RunSample"("runId", "kind", "at");

-- AddForeignKey
ALTER TABLE "RunSample" ADD CONSTRAINT "RunSample_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

