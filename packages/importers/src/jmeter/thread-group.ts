import type { TLoadConfig } from "@stampede/contracts";
import { fromJMeter } from "./functions";
import { boolProp, prop, type XmlElement } from "./xml";

/** Used when a thread group runs by loop count: a run needs a duration, the loops become the iteration cap. */
const DEFAULT_DURATION_SECONDS = 60;

const int = (value: string | undefined) => {
  const n = Number((value ?? "").trim());
  return Number.isInteger(n) ? n : undefined;
};

/** A thread group's settings → concurrency load: threads as VUs, ramp-up, and the scheduler's duration or loops. */
export function readThreadGroup(element: XmlElement, noted: Set<string>): { load: TLoadConfig; notes: string[] } {
  const notes: string[] = [];
  // Thread counts and durations are often `${__P(threads,10)}`, set on the command line.
  const value = (e: XmlElement, name: string) => {
    const raw = prop(e, name);
    return raw === undefined ? undefined : fromJMeter(raw, noted);
  };
  const threads = int(value(element, "ThreadGroup.num_threads"));
  const vus = threads && threads > 0 ? threads : 1;
  if (vus !== threads)
    notes.push(`thread count "${value(element, "ThreadGroup.num_threads") ?? ""}" is not a number; 1 virtual user`);
  const ramp = Math.max(0, int(value(element, "ThreadGroup.ramp_time")) ?? 0);
  const scheduled = boolProp(element, "ThreadGroup.scheduler");
  const duration = scheduled ? int(value(element, "ThreadGroup.duration")) : undefined;
  const loopsElement = element.children.find((c) => c.attrs.name === "ThreadGroup.main_controller");
  const loops = loopsElement ? int(value(loopsElement, "LoopController.loops")) : undefined;
  let durationSeconds = duration && duration > 0 ? duration : DEFAULT_DURATION_SECONDS;
  let iterations: number | undefined;
  if (!duration) {
    if (loops && loops > 0) {
      iterations = loops * vus;
      notes.push(`${loops} loop(s) per thread: at most ${iterations} iterations within ${durationSeconds} s`);
    } else notes.push(`no duration set: ${durationSeconds} s used`);
  }
  if (ramp > durationSeconds) durationSeconds = ramp;
  const delay = int(value(element, "ThreadGroup.delay"));
  if (scheduled && delay) notes.push(`start delay of ${delay} s not imported`);
  const load: TLoadConfig = {
    mode: "concurrency",
    vus,
    durationSeconds,
    rampUpSeconds: ramp,
    ...(iterations ? { iterations } : {}),
  };
  return { load, notes };
}
