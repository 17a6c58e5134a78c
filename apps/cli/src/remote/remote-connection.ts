import { CliError } from "../exit-codes";

/** The console and the key every remote command needs; the key may come from STAMPEDE_API_KEY. */
export function checkConnection(args: { url: string; apiKey: string }, env: NodeJS.ProcessEnv): void {
  if (!args.url) throw new CliError("missing --url: the console's address, e.g. --url https://stampede.example.com");
  args.apiKey ||= env.STAMPEDE_API_KEY?.trim() ?? "";
  if (!args.apiKey) throw new CliError("missing --api-key (or STAMPEDE_API_KEY): a project API key from the console");
}

export function consoleUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new CliError(`--url "${value}": expected the console's address, e.g. http://127.0.0.1:3000`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new CliError(`--url "${value}": expected an http:// or https:// address`);
  }
  return url.href.replace(/\/+$/, "");
}
