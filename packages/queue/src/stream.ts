import { ZLivePoint, ZShardFrame, RUN_STATUSES } from "@stampede/contracts";
import { z } from "zod";

/**
 * Who wrote an entry: the shard's lease generation (0, then +1 at each reassignment) and the generator's id.
 * Optional, so entries written before generations (absent: generation 0) still parse.
 */
const writer = {
  generation: z.number().int().nonnegative().optional(),
  generatorId: z.string().optional(),
  /** The generator's name and region as it registered them, for the run's Generators panel. */
  generatorName: z.string().optional(),
  region: z.string().optional(),
};

/** An entry of a run's metrics stream: a shard's second, or the shard's end. */
export const ZStreamEntry = z.discriminatedUnion("type", [
  z.object({ type: z.literal("frame"), shardIndex: z.number().int(), frame: ZShardFrame, ...writer }),
  z.object({
    type: z.literal("shard-end"),
    shardIndex: z.number().int(),
    /** Why the shard ended; "error" carries a message; "fenced": its lease went to another generator. */
    reason: z.enum(["completed", "stopped", "error", "fenced"]),
    error: z.string().optional(),
    ...writer,
  }),
]);
export type TStreamEntry = z.infer<typeof ZStreamEntry>;

/** Messages on a run's live channel. */
export const ZLiveMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("point"), point: ZLivePoint }),
  z.object({ type: z.literal("status"), status: z.enum(RUN_STATUSES) }),
]);
export type TLiveMessage = z.infer<typeof ZLiveMessage>;

/** Messages on a run's control channel: stop, or change the speed (VUs in concurrency mode, rate in TPS mode). */
export const ZControlMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("stop") }),
  /** `flow`: the change is for that flow alone; absent: for the whole run. */
  z.object({ type: z.literal("speed"), value: z.number().nonnegative(), flow: z.string().optional() }),
]);
export type TControlMessage = z.infer<typeof ZControlMessage>;
