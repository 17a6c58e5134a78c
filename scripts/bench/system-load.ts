// Busy time of the two bench CPUs from /proc/stat, so a case can tell how much CPU processes outside the
// bench took while it ran: on a shared machine that is what makes requests/s noisy (CPU-s per request
// much less so).
import { readFileSync } from "node:fs";
import { GENERATOR_CPU, TARGET_CPU } from "./pinning";

const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU seconds the target and generator CPUs spent in processes (user, nice, system) or lost to the
 * hypervisor (steal), summed. Interrupt and softirq time is left out: on loopback it is mostly the kernel
 * moving the bench's own packets, and the kernel charges it to no process.
 */
export function readBenchCpusBusySeconds(): number {
  let busyTicks = 0;
  for (const line of readFileSync("/proc/stat", "utf8").split("\n")) {
    const [name, ...fields] = line.split(/\s+/);
    if (name !== `cpu${TARGET_CPU}` && name !== `cpu${GENERATOR_CPU}`) continue;
    // user nice system idle iowait irq softirq steal ...; guest time is already inside user and nice.
    const [user = 0, nice = 0, system = 0, , , , , steal = 0] = fields.map(Number);
    busyTicks += user + nice + system + steal;
  }
  return busyTicks / CLOCK_TICKS_PER_SECOND;
}
