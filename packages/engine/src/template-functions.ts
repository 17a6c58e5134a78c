import { createHash, createHmac, randomInt, randomUUID } from "node:crypto";

/** A built-in function callable in a template as `${__name(arg, ...)}`; args are already rendered. */
type TemplateFunction = (args: string[]) => string;

function arity(name: string, args: string[], min: number, max = min) {
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : `${min} to ${max}`;
    throw new Error(`__${name}() takes ${want} argument(s), got ${args.length}`);
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Formats a date with yyyy MM dd HH mm ss SSS tokens (local time), as PTS and JMeter accept. */
export function formatDate(date: Date, pattern: string): string {
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss|SSS/g, (token) => {
    switch (token) {
      case "yyyy":
        return String(date.getFullYear());
      case "MM":
        return pad(date.getMonth() + 1);
      case "dd":
        return pad(date.getDate());
      case "HH":
        return pad(date.getHours());
      case "mm":
        return pad(date.getMinutes());
      case "ss":
        return pad(date.getSeconds());
      default:
        return pad(date.getMilliseconds(), 3);
    }
  });
}

const digest = (algorithm: string) => (args: string[]) => {
  arity(algorithm, args, 1);
  return createHash(algorithm).update(args[0]!).digest("hex");
};

/** The functions templates may call — enough to sign a request the way platform APIs want. */
export const TEMPLATE_FUNCTIONS: Record<string, TemplateFunction> = {
  uuid: (args) => (arity("uuid", args, 0), randomUUID()),
  random: (args) => {
    arity("random", args, 2);
    const [min, max] = args.map(Number) as [number, number];
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new Error(`__random(min, max) needs integers with min <= max, got (${args.join(", ")})`);
    }
    return String(randomInt(min, max + 1));
  },
  timestamp: (args) => {
    arity("timestamp", args, 0, 1);
    const unit = args[0] ?? "ms";
    if (unit !== "ms" && unit !== "s") throw new Error(`__timestamp(unit) takes ms or s, got "${unit}"`);
    return String(unit === "s" ? Math.floor(Date.now() / 1000) : Date.now());
  },
  date: (args) => (arity("date", args, 0, 1), formatDate(new Date(), args[0] || "yyyy-MM-dd HH:mm:ss")),
  md5: digest("md5"),
  sha1: digest("sha1"),
  sha256: digest("sha256"),
  hmac: (args) => {
    arity("hmac", args, 3);
    const [algorithm, key, text] = args as [string, string, string];
    try {
      return createHmac(algorithm, key).update(text).digest("hex");
    } catch {
      throw new Error(`__hmac(algorithm, key, text): unknown algorithm "${algorithm}"`);
    }
  },
  base64: (args) => (arity("base64", args, 1), Buffer.from(args[0]!, "utf8").toString("base64")),
  base64decode: (args) => (arity("base64decode", args, 1), Buffer.from(args[0]!, "base64").toString("utf8")),
  urlencode: (args) => (arity("urlencode", args, 1), encodeURIComponent(args[0]!)),
  urldecode: (args) => (arity("urldecode", args, 1), decodeURIComponent(args[0]!)),
  upper: (args) => (arity("upper", args, 1), args[0]!.toUpperCase()),
  lower: (args) => (arity("lower", args, 1), args[0]!.toLowerCase()),
};
