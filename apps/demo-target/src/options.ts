import { z } from "zod";

/** One mini-program the target knows: token requests must present this appid/secret pair. */
export const ZDemoApp = z.object({
  appid: z.string().min(1),
  secret: z.string().min(1),
});
export type DemoApp = z.infer<typeof ZDemoApp>;

/** Everything a demo target can be tuned with; every field has a default. */
export const ZDemoTargetOptions = z.object({
  port: z.number().int().min(0).max(65535).default(4010),
  // 127.0.0.1 keeps a dev box closed; the Docker image binds 0.0.0.0 so the port can be published.
  host: z.string().min(1).default("127.0.0.1"),
  tokenTtlSeconds: z.number().positive().default(7200),
  graceSeconds: z.number().min(0).default(300),
  apps: z
    .array(ZDemoApp)
    .min(1)
    .default(() => [{ appid: "wx-demo-app", secret: "demo-secret" }]),
  latencyMs: z.number().min(0).default(0),
});
export type DemoTargetOptions = z.infer<typeof ZDemoTargetOptions>;

export function resolveOptions(input: Partial<DemoTargetOptions> = {}): DemoTargetOptions {
  return ZDemoTargetOptions.parse(input);
}
