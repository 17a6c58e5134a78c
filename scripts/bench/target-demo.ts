// The project's demo target on a free port of 127.0.0.1 (`--target node-http`, token workload).
import { createDemoTarget } from "@stampede/demo-target";
import { announceReady, exitWithParent } from "./target-lifecycle";

const target = await createDemoTarget({ port: 0, host: "127.0.0.1" });
announceReady(target.url);
exitWithParent();
