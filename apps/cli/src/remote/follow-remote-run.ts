import { isTerminalRunStatus, ZLivePoint, type TLivePoint } from "@stampede/contracts";
import type { ConsoleClient } from "./console-client";
import { readSseEvents } from "./sse-events";

/** What the CLI needs of a run: GET /api/v1/runs/:id's `run`. */
export interface TRemoteRun {
  id: string;
  status: string;
  summary: unknown;
  error: string | null;
  stopReason: string | null;
}

const RECONNECT_MS = 1_000;

/**
 * Follows a run on the console until it ends: its live stream's points go to `onPoint` (each second once,
 * reconnecting after the last second seen if the stream drops), then the ended run is read back. The stream
 * closes itself on a terminal status; the run's own status is what decides that it ended.
 */
export async function followRemoteRun(
  client: ConsoleClient,
  runId: string,
  onPoint: (point: TLivePoint) => void,
): Promise<TRemoteRun> {
  let lastSecond: number | undefined;
  for (;;) {
    const query = lastSecond === undefined ? "" : `?lastEventId=${lastSecond}`;
    try {
      const response = await client.request("GET", `/runs/${runId}/stream${query}`);
      for await (const event of readSseEvents(response.body!)) {
        if (event.event !== "point") continue;
        const point = ZLivePoint.safeParse(JSON.parse(event.data));
        if (!point.success || (lastSecond !== undefined && point.data.second <= lastSecond)) continue;
        lastSecond = point.data.second;
        onPoint(point.data);
      }
    } catch {
      // A dropped stream: the run's status below says whether to reconnect.
    }
    const { run } = await client.json<{ run: TRemoteRun }>("GET", `/runs/${runId}`);
    if (isTerminalRunStatus(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
  }
}
