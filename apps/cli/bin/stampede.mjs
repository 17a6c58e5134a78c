#!/usr/bin/env node
// The CLI ships as TypeScript, like the rest of the repo; tsx compiles it in-process (no child process, so
// Ctrl-C reaches the CLI's own handler and the exit code is the CLI's).
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
