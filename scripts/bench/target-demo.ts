// The project's demo target (token endpoint + business API), on a free port of 127.0.0.1.
import { createDemoTarget } from "@stampede/demo-target";
import { announceReady, exitWithParent } from "./target-lifecycle";

const target = await createDemoTarget({ port: 0, host: "127.0.0.1" });
announceReady(target.url);
exitWithParent();
