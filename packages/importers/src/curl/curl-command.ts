import type { TKeyValue } from "@stampede/contracts";
import { textToBase64 } from "../preview/base64";
import type { Word } from "./words";

/** What one curl command asks for, option by option, before it becomes a request. */
export interface CurlCommand {
  line: number;
  method?: string;
  urls: Word[];
  headers: TKeyValue[];
  /** -d pieces in order; curl joins them with &. */
  data: string[];
  /** --json was given: JSON content and accept headers unless set. */
  json: boolean;
  /** -G: the data goes into the query string of a GET. */
  dataInQuery: boolean;
  head: boolean;
  followRedirects: boolean;
  /** "line N: ..." for what was given but is not imported. */
  notes: Array<{ line: number; message: string }>;
}

type OptionHandler = (cmd: CurlCommand, value: string, word: Word) => void;

const setMethod: OptionHandler = (cmd, value) => (cmd.method = value.toUpperCase());
const addHeader: OptionHandler = (cmd, value, word) => {
  if (value.startsWith("@")) return skip(cmd, word, `headers from file ${value} are not imported`);
  // "Name;" sends an empty header; "Name:" with nothing after removes one of curl's own (nothing to send).
  const empty = /^([^:;\s]+);\s*$/.exec(value);
  if (empty) return void cmd.headers.push({ name: empty[1]!, value: "" });
  const colon = value.indexOf(":");
  if (colon <= 0) return skip(cmd, word, `header "${value}" is not "Name: value"; not imported`);
  const header = { name: value.slice(0, colon).trim(), value: value.slice(colon + 1).trim() };
  if (header.value !== "") cmd.headers.push(header);
};
const header =
  (name: string): OptionHandler =>
  (cmd, value) =>
    cmd.headers.push({ name, value });
const data =
  (kind: "ascii" | "raw" | "urlencode"): OptionHandler =>
  (cmd, value, word) => {
    if (kind === "urlencode") return urlencoded(cmd, value, word);
    if (kind === "ascii" && value.startsWith("@")) return skip(cmd, word, `data from file ${value} is not imported`);
    cmd.data.push(value);
  };
const addCookie: OptionHandler = (cmd, value, word) => {
  if (!value.includes("=")) return skip(cmd, word, `cookies from file ${value} are not imported`);
  cmd.headers.push({ name: "Cookie", value });
};

/** Options that take a value, and what they do with it. */
const VALUE_OPTIONS: Record<string, OptionHandler> = {
  "-X": setMethod,
  "--request": setMethod,
  "-H": addHeader,
  "--header": addHeader,
  "-d": data("ascii"),
  "--data": data("ascii"),
  "--data-ascii": data("ascii"),
  "--data-binary": data("ascii"),
  "--data-raw": data("raw"),
  "--data-urlencode": data("urlencode"),
  "--json": (cmd, value, word) => {
    cmd.json = true;
    data("ascii")(cmd, value, word);
  },
  "-u": (cmd, value) => cmd.headers.push(basicAuth(value)),
  "--user": (cmd, value) => cmd.headers.push(basicAuth(value)),
  "--oauth2-bearer": (cmd, value) => cmd.headers.push({ name: "Authorization", value: `Bearer ${value}` }),
  "-b": addCookie,
  "--cookie": addCookie,
  "-A": header("User-Agent"),
  "--user-agent": header("User-Agent"),
  "-e": header("Referer"),
  "--referer": header("Referer"),
  "--url": (cmd, value, word) => cmd.urls.push({ ...word, value }),
};

/** Options that change nothing a load test sends (output, progress, TLS checks, decompression). */
const IGNORED_FLAGS = new Set(
  "-s --silent -S --show-error -k --insecure -i --include -v --verbose --compressed -f --fail --fail-with-body -g --globoff -# --progress-bar --no-progress-meter --http1.1 --http2 --http2-prior-knowledge --no-buffer -N --no-keepalive --tr-encoding --path-as-is".split(
    " ",
  ),
);

const FLAGS: Record<string, (cmd: CurlCommand) => void> = {
  "-G": (cmd) => (cmd.dataInQuery = true),
  "--get": (cmd) => (cmd.dataInQuery = true),
  "-I": (cmd) => (cmd.head = true),
  "--head": (cmd) => (cmd.head = true),
  "-L": (cmd) => (cmd.followRedirects = true),
  "--location": (cmd) => (cmd.followRedirects = true),
};

/** Options known to take a value that a scenario step has no place for: the value is skipped with the option. */
const SKIPPED_VALUE_OPTIONS = new Set(
  "-o --output -w --write-out -x --proxy -U --proxy-user -m --max-time --connect-timeout --retry --retry-delay --retry-max-time --cacert --capath -E --cert --key --cert-type --key-type --resolve --connect-to --limit-rate -T --upload-file -F --form --form-string -r --range -c --cookie-jar -K --config -D --dump-header --max-redirs -z --time-cond --interface --local-port -Y --speed-limit -y --speed-time --stderr --trace --trace-ascii --unix-socket --abstract-unix-socket".split(
    " ",
  ),
);

function skip(cmd: CurlCommand, word: Word, message: string): void {
  cmd.notes.push({ line: word.line, message });
}

/** -u user:password as curl sends it: Basic with base64 of the UTF-8 text (no password given: empty). */
function basicAuth(value: string): TKeyValue {
  const credentials = value.includes(":") ? value : `${value}:`;
  return { name: "Authorization", value: `Basic ${textToBase64(credentials)}` };
}

/** --data-urlencode forms: "content", "=content", "name=content" (name kept, content encoded), "@file". */
function urlencoded(cmd: CurlCommand, value: string, word: Word): void {
  const at = /^([^=@]*)@/.exec(value);
  if (at) return skip(cmd, word, `data from file ${value.slice(at[1]!.length)} is not imported`);
  const eq = value.indexOf("=");
  if (eq === -1) return void cmd.data.push(encodeURIComponent(value));
  const name = value.slice(0, eq);
  cmd.data.push(`${name}${name ? "=" : ""}${encodeURIComponent(value.slice(eq + 1))}`);
}

/** Reads the options of one command (the words after `curl`). */
export function readCurlOptions(words: Word[], line: number): CurlCommand {
  const cmd: CurlCommand = {
    line,
    urls: [],
    headers: [],
    data: [],
    json: false,
    dataInQuery: false,
    head: false,
    followRedirects: false,
    notes: [],
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const value = word.value;
    const takeValue = (attached: string): string | undefined => {
      if (attached !== "") return attached;
      const next = words[++i];
      if (!next) skip(cmd, word, `option ${value} needs a value`);
      return next?.value;
    };
    if (!value.startsWith("-") || value === "-") {
      cmd.urls.push(word);
    } else if (value.startsWith("--")) {
      const handler = VALUE_OPTIONS[value];
      if (handler) {
        const v = takeValue("");
        if (v !== undefined) handler(cmd, v, word);
      } else if (FLAGS[value]) FLAGS[value](cmd);
      else if (SKIPPED_VALUE_OPTIONS.has(value)) {
        i++;
        skip(cmd, word, `option ${value} is not imported`);
      } else if (!IGNORED_FLAGS.has(value)) skip(cmd, word, `option ${value} is not imported`);
    } else {
      // Short options combine (-sSL) and take their value attached or as the next word (-XPOST, -X POST).
      for (let k = 1; k < value.length; k++) {
        const option = `-${value[k]}`;
        const handler = VALUE_OPTIONS[option];
        if (handler || SKIPPED_VALUE_OPTIONS.has(option)) {
          const v = takeValue(value.slice(k + 1));
          if (handler && v !== undefined) handler(cmd, v, word);
          else if (!handler) skip(cmd, word, `option ${option} is not imported`);
          break;
        }
        if (FLAGS[option]) FLAGS[option](cmd);
        else if (!IGNORED_FLAGS.has(option)) skip(cmd, word, `option ${option} is not imported`);
      }
    }
  }
  return cmd;
}
