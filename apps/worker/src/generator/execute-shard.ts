import {
  evenWeights,
  generatorIdOf,
  isTerminalRunStatus,
  maxVusOf,
  shardLoad,
  secretValuesOf,
  ZLoadConfig,
  ZScenarioSpec,
} from "@stampede/contracts";
import {
  getDataSourceContents,
  getProjectAllowlist,
  getRunById,
  getSecretKey,
  openScenarioSecrets,
} from "@stampede/db";
import { maskSecretValues, runLoad } from "@stampede/engine";
import { RunChannel, shardLeaseOf, type TShardJob, ZControlMessage } from "@stampede/queue";
import type { WorkerDeps } from "../deps";
import { instanceAllowlistOf } from "../env";
import { FrameShipper } from "./frame-shipper";
import { RedisTokenStore } from "./redis-token-store";
import { SampleWriter } from "./sample-writer";
import { type ShardInterruption, ShardWatch } from "./shard-watch";
import { SpeedControl } from "./speed-control";

/** How often the stop flag (backup to the control channel) and the shard's lease are polled while a shard runs. */
const WATCH_POLL_MS = 1000;

/**
 * Generates one shard's load: re-reads the run's frozen scenario from Postgres, runs the engine, ships a
 * frame per second to the run's stream, and ends with a shard-end entry whatever happened. A shard whose lease
 * passes to another generator (this one was frozen or cut off and the controller reassigned it) stops as on a
 * stop — answers within the grace are counted — and ends "fenced".
 */
export async function executeShard(deps: WorkerDeps, job: TShardJob, print: (line: string) => void): Promise<void> {
  const { db, env } = deps;
  // The scenario's secrets are opened in memory only; nothing this shard logs or reports may carry them.
  let secretValues: string[] = [];
  const log = (line: string) => print(maskSecretValues(line, secretValues));
  const channel = new RunChannel(deps.redis, env.STAMPEDE_REDIS_PREFIX, job.runId);
  const generation = job.generation;
  const generatorId = generatorIdOf(env.WORKER_NAME);
  const shipper = new FrameShipper(
    channel,
    job.shardIndex,
    (e) => log(`metrics stream write failed, retrying: ${String(e)}`),
    { generation: generation ?? 0, generatorId, generatorName: env.WORKER_NAME, region: env.WORKER_REGION },
  );
  const samples = new SampleWriter(db, job.runId, (e) => log(`sample write failed: ${String(e)}`));
  const abort = new AbortController();
  // A connection of its own for SUBSCRIBE, connected before it subscribes and with no ready check: the
  // check's INFO, if it raced the SUBSCRIBE, would be refused in subscriber mode and the subscription lost.
  const subscriber = deps.redis.duplicate({ enableReadyCheck: false, lazyConnect: true });
  // The stop-flag poll is the backup for this connection; an error here must not crash the process.
  subscriber.on("error", (e: Error) => log(`control channel: ${e.message}`));
  let interruption: ShardInterruption | undefined;
  const interrupt = (why: ShardInterruption) => {
    interruption ??= why;
    abort.abort();
  };
  const watch = new ShardWatch(
    channel,
    job.shardIndex,
    generation === undefined ? undefined : shardLeaseOf(generatorId, generation),
    interrupt,
  );
  let reason: "completed" | "stopped" | "error" | "fenced" = "completed";
  let error: string | undefined;
  try {
    const run = await getRunById(db, job.runId);
    if (isTerminalRunStatus(run.status)) return;
    const load = ZLoadConfig.parse(run.load);
    const scenario = ZScenarioSpec.parse(openScenarioSecrets(run.scenarioSnapshot, getSecretKey(print)));
    secretValues = secretValuesOf(scenario);
    // Jobs queued before weighted plans carry only a count: their shards split evenly, as then.
    const weights = job.weights ?? evenWeights(maxVusOf(load), job.shardCount);
    const share = shardLoad(load, job.shardIndex, weights);

    const speed = new SpeedControl(load, share);
    await subscriber.connect();
    await subscriber.subscribe(channel.keys.control);
    subscriber.on("message", (_ch, raw: string) => {
      const message = ZControlMessage.safeParse(JSON.parse(raw));
      if (!message.success) return;
      if (message.data.type === "stop") interrupt("stopped");
      else speed.change(message.data.value, message.data.flow);
    });
    watch.start(WATCH_POLL_MS);
    await watch.check();
    // A speed change published before this shard subscribed (it started late, or restarted) still applies.
    for (const latest of await channel.currentSpeeds()) speed.change(latest.value, latest.flow);

    if (share && !abort.signal.aborted) {
      log(
        `run ${job.runId} shard ${job.shardIndex + 1}/${job.shardCount}: up to ${maxVusOf(share)} VUs for ${load.durationSeconds}s`,
      );
      // Read when the shard starts: an entry an admin adds or removes applies to shards started after it.
      const allowlist = [...instanceAllowlistOf(env), ...(await getProjectAllowlist(db, run.projectId))];
      const data = await getDataSourceContents(
        db,
        run.scenarioId,
        scenario.dataSources.map((d) => d.name),
      );
      await runLoad({
        plan: {
          scenario,
          load: share,
          startedAtMs: job.startedAtMs,
          data,
          shard: { index: job.shardIndex, count: job.shardCount },
          joinsMidRun: (generation ?? 0) > 0,
          allowlist,
        },
        sink: { frame: (f) => shipper.frame(f), sample: (s) => samples.add(s) },
        signal: abort.signal,
        tokenStore: new RedisTokenStore(deps.redis, channel.keys, `${env.WORKER_NAME}/${job.shardIndex}`),
        control: speed,
      });
    }
    if (abort.signal.aborted) reason = interruption ?? "stopped";
    if (reason === "fenced")
      log(`run ${job.runId} shard ${job.shardIndex}: another generator holds its lease now; stopped`);
  } catch (e) {
    reason = "error";
    error = maskSecretValues(e instanceof Error ? e.message : String(e), secretValues);
    log(`run ${job.runId} shard ${job.shardIndex} failed: ${error}`);
  } finally {
    watch.stop();
    subscriber.disconnect();
    await samples.close();
    shipper.push({ type: "shard-end", shardIndex: job.shardIndex, reason, error });
    await shipper.drain();
  }
}
