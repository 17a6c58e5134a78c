import { inflateSync } from "node:zlib";
import { createHistogram, decodeHistogram, type Histogram } from "@stampede/metrics";

// HdrHistogram's V2 encoding (what encodeHistogram writes): a compressed envelope (cookie, length, deflated
// bytes) around a 40-byte header and ZigZag LEB128 counts, where a negative number is a run of empty buckets.
const V2_COMPRESSED_COOKIE = 0x1c849304;
const V2_COOKIE = 0x1c849303;
const HEADER_BYTES = 40;
// The layout of createHistogram(): 3 significant digits from 1 µs → 1024 half-bucket sub-buckets, unit 1.
const SIGNIFICANT_DIGITS = 3;
const SUB_BUCKET_HALF_COUNT_MAGNITUDE = 10;
const SUB_BUCKET_HALF_COUNT = 1 << SUB_BUCKET_HALF_COUNT_MAGNITUDE;

/** The value (µs) a counts index stands for, in createHistogram()'s layout. */
function valueFromIndex(index: number): number {
  let bucket = (index >> SUB_BUCKET_HALF_COUNT_MAGNITUDE) - 1;
  let subBucket = (index & (SUB_BUCKET_HALF_COUNT - 1)) + SUB_BUCKET_HALF_COUNT;
  if (bucket < 0) {
    subBucket -= SUB_BUCKET_HALF_COUNT;
    bucket = 0;
  }
  return subBucket * 2 ** bucket;
}

/** One ZigZag LEB128-64b9B number at `pos`; returns it and the position after it. */
function readZigZag(bytes: Uint8Array, pos: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 9; i++) {
    const b = bytes[pos++]!;
    // The ninth byte carries 8 bits (the 9-byte variant), the others 7 and a continuation bit.
    if (i === 8) return [zigzag(value + b * scale), pos];
    value += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) break;
    scale *= 128;
  }
  return [zigzag(value), pos];
}

const zigzag = (v: number) => (v % 2 === 0 ? v / 2 : -(v + 1) / 2);

/**
 * Server-side (it inflates with node:zlib, which the browser-safe metrics package may not import).
 * Adds many encoded histograms into one, reading their counts straight into one array: a report merges tens of
 * thousands of stored seconds, and decoding each into a full histogram object first costs ~10× more. The
 * result is the same histogram `mergeEncodedHistograms` gives (same counts per bucket); an encoding of another
 * layout is decoded the ordinary way.
 */
export class HistogramSum {
  private counts = new Float64Array(8192);
  private other: Histogram | null = null;

  add(encoded: string | null | undefined) {
    if (!encoded) return;
    const envelope = Buffer.from(encoded, "base64");
    if ((envelope.readInt32BE(0) & ~0xf0) !== V2_COMPRESSED_COOKIE) return this.addOther(encoded);
    const inner = inflateSync(envelope.subarray(8, 8 + envelope.readInt32BE(4)));
    const sameLayout =
      (inner.readInt32BE(0) & ~0xf0) === V2_COOKIE &&
      inner.readInt32BE(12) === SIGNIFICANT_DIGITS &&
      inner.readInt32BE(16) === 0 &&
      inner.readInt32BE(20) === 1;
    if (!sameLayout) return this.addOther(encoded);
    const end = HEADER_BYTES + inner.readInt32BE(4);
    let pos = HEADER_BYTES;
    let index = 0;
    while (pos < end) {
      const [count, next] = readZigZag(inner, pos);
      pos = next;
      if (count < 0) {
        index += -count;
        continue;
      }
      if (index >= this.counts.length) this.grow(index);
      this.counts[index++]! += count;
    }
  }

  private addOther(encoded: string) {
    const decoded = decodeHistogram(encoded);
    this.other ??= createHistogram();
    this.other.add(decoded);
    decoded.destroy();
  }

  private grow(index: number) {
    const next = new Float64Array(Math.max(index + 1, this.counts.length * 2));
    next.set(this.counts);
    this.counts = next;
  }

  /** The sum as a histogram (the caller destroys it). */
  toHistogram(): Histogram {
    const h = createHistogram();
    for (let i = 0; i < this.counts.length; i++) {
      const count = this.counts[i]!;
      if (count > 0) h.recordValueWithCount(valueFromIndex(i), count);
    }
    if (this.other) {
      h.add(this.other);
      this.other.destroy();
      this.other = null;
    }
    return h;
  }
}
