// Runs after each integration test file: every run the file left unfinished is ended. Test files share one
// database, and every worker runs the reconciler, which resumes any unfinished run it finds — a run that one
// file left QUEUED would otherwise be picked up by the next file's workers and take their generators' room.
import { createPrismaClient } from "@stampede/db";
import { afterAll } from "vitest";

afterAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const db = createPrismaClient(url);
  try {
    await db.run.updateMany({
      where: { status: { in: ["QUEUED", "RUNNING", "STOPPING"] } },
      data: { status: "FAILED", error: "left unfinished when its test file ended", endedAt: new Date() },
    });
  } finally {
    await db.$disconnect();
  }
});
