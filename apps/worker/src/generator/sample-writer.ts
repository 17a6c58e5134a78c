import type { TRequestSample } from "@stampede/contracts";
import { saveRunSamples, type Db } from "@stampede/db";

const FLUSH_EVERY_MS = 1000;

/**
 * Collects the engine's sampled requests and writes them to Postgres once a second, in one insert, so
 * the engine never waits on the database. A failed write is reported and dropped: samples are evidence
 * for a person reading the report, not measurements.
 */
export class SampleWriter {
  private buffer: TRequestSample[] = [];
  private readonly timer: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly runId: string,
    private readonly onError: (error: unknown) => void,
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS);
  }

  add(sample: TRequestSample) {
    this.buffer.push(sample);
  }

  flush(): Promise<void> {
    const batch = this.buffer;
    this.buffer = [];
    this.writing = this.writing.then(() => saveRunSamples(this.db, this.runId, batch).catch(this.onError));
    return this.writing;
  }

  async close() {
    clearInterval(this.timer);
    await this.flush();
  }
}
