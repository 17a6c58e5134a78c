import { loadDemoTargetConfig } from "./config";
import { createDemoTarget } from "./server";

const options = loadDemoTargetConfig();

try {
  const target = await createDemoTarget(options);
  console.log(
    `demo-target listening on ${target.url} (token ttl ${options.tokenTtlSeconds}s, grace ${options.graceSeconds}s)`,
  );
  const stop = () => {
    target.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  // EADDRINUSE and friends: one line a person can act on, not a stack trace.
  const { code, message } = error as NodeJS.ErrnoException;
  const hint = code === "EADDRINUSE" ? " (set DEMO_TARGET_PORT to a free port)" : "";
  process.stderr.write(`demo-target: cannot listen on ${options.host}:${options.port}: ${message}${hint}\n`);
  process.exit(1);
}
