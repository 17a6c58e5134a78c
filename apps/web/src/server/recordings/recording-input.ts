import { z } from "zod";

/** The body of `POST /api/v1/recordings`: what to record, and the proxy's port (a free one when absent). */
export const ZRecordingInput = z.strictObject({
  hosts: z
    .array(z.string().max(300))
    .min(1, "name at least one host to record, e.g. 127.0.0.1:4010")
    .max(50, "at most 50 hosts"),
  port: z
    .number()
    .int()
    .min(1024, "use a port from 1024 to 65535")
    .max(65535, "use a port from 1024 to 65535")
    .optional(),
});
export type TRecordingInput = z.infer<typeof ZRecordingInput>;
