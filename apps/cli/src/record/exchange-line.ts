import type { TRecordedExchange } from "@stampede/recorder";

/** One live line per captured request: `  POST 200    41 ms  http://127.0.0.1:4010/api/token`. */
export function exchangeLine(exchange: TRecordedExchange): string {
  const status = exchange.response ? String(exchange.response.status) : "---";
  const ms = `${Math.round(exchange.durationMs)} ms`.padStart(8);
  const failed = exchange.error ? `  (${exchange.error})` : "";
  return `  ${exchange.request.method.padEnd(6)} ${status} ${ms}  ${exchange.request.url}${failed}\n`;
}
