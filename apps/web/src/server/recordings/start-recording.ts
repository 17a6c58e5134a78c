import { randomUUID } from "node:crypto";
import { ConflictError } from "@stampede/db";
import { RecorderInputError, startRecorder } from "@stampede/recorder";
import { BadRequestError } from "@/server/http/errors";
import type { TRecordingInput } from "./recording-input";
import { recorderCaDir } from "./recorder-ca-dir";
import {
  forgetOldRecordings,
  recordingSessions,
  runningRecording,
  toCapturedRow,
  type TRecordingSession,
} from "./recording-sessions";

/**
 * Starts the project's recording proxy on 127.0.0.1 (one per project at a time: 409 while one runs). A port in
 * use is a 409 too, so the user picks another; hosts that are not hosts are a 400 naming each.
 */
export async function startRecording(
  projectId: string,
  input: TRecordingInput,
  startedBy: string,
): Promise<TRecordingSession> {
  forgetOldRecordings(new Date());
  const running = runningRecording(projectId);
  if (running) {
    throw new ConflictError(
      `a recording is already running in this project (started by ${running.startedBy} on port ${running.recorder.port}); stop it first`,
    );
  }
  const id = randomUUID();
  const listeners: TRecordingSession["listeners"] = new Set();
  let recorder;
  try {
    recorder = await startRecorder({
      port: input.port,
      hosts: input.hosts,
      caDir: recorderCaDir(),
      onExchange: (exchange) => {
        const row = toCapturedRow(exchange);
        for (const listener of listeners) listener(row);
      },
    });
  } catch (error) {
    if (error instanceof RecorderInputError) throw new BadRequestError(error.issues);
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new ConflictError(
        `port: ${input.port} is in use on the console's machine; choose another or leave it empty`,
      );
    }
    throw error;
  }
  const session: TRecordingSession = {
    id,
    projectId,
    startedBy,
    startedAt: new Date(),
    hosts: input.hosts,
    recorder,
    listeners,
  };
  recordingSessions.set(id, session);
  return session;
}
