// The soak's command line.
import { parseArgs } from "node:util";

/** How the soak runs. */
export interface SoakOptions {
  minutes: number;
  /** Iterations per second (TPS mode): a steady load that leaves the shared machine breathing. */
  rate: number;
  /** How long the demo target's tokens live; the run outlives many of them. */
  tokenTtlSeconds: number;
  /** Use the console already built in apps/web/.next instead of building it. */
  skipBuild: boolean;
}

export const USAGE = "Usage: npm run soak -- [--minutes 30] [--rate 50] [--token-ttl 10] [--skip-build]";

function positive(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got "${raw}"`);
  return value;
}

export function parseSoakArgs(argv: string[]): SoakOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      minutes: { type: "string", default: "30" },
      rate: { type: "string", default: "50" },
      "token-ttl": { type: "string", default: "10" },
      "skip-build": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return {
    minutes: positive("minutes", values.minutes),
    rate: positive("rate", values.rate),
    tokenTtlSeconds: positive("token-ttl", values["token-ttl"]),
    skipBuild: values["skip-build"],
  };
}
