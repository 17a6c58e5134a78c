import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Internal packages export TypeScript source, so Next compiles them with the app.
  transpilePackages: [
    "@stampede/contracts",
    "@stampede/db",
    "@stampede/queue",
    "@stampede/runs",
    "@stampede/engine",
    "@stampede/metrics",
    "@stampede/importers",
    "@stampede/recorder",
  ],
  // bullmq reads its Lua scripts from disk at run time; the pg driver and Prisma's adapter load native/optional
  // modules. Bundling any of them breaks that, so Node resolves them from node_modules instead.
  // mockttp (the recording proxy) is CommonJS with a deep tree, and the recorder reaches one of its modules by
  // path: one copy, from node_modules.
  serverExternalPackages: ["bullmq", "ioredis", "pg", "@prisma/adapter-pg", "undici", "hdr-histogram-js", "mockttp"],
  poweredByHeader: false,
  // Browsers ask for /favicon.ico before they read the streamed <link rel="icon">; serve the SVG icon there too.
  rewrites: async () => [{ source: "/favicon.ico", destination: "/icon.svg" }],
};

export default nextConfig;
