/** `stampede --help`. */
export const USAGE = `Usage: stampede run <scenario.json> [options]
       stampede remote run <scenario id or file> --url <console> --api-key <key> [options]
       stampede remote schedule list|create|pause|resume ... --url <console> --api-key <key>
       stampede record --hosts <host[:port],...> [--port 8888] [--out recording.har]

Runs a scenario file locally with the Stampede engine (no database, no Redis) and prints a summary.
The file is a scenario spec, or the console's export { "stampede": 1, "name", "spec", "load" }.

Load (flags replace the file's load; without either: 10 VUs for 30s)
  --vus N              virtual users looping over their flow
  --duration D         how long to run: 90 (seconds), 30s, 2m, 1m30s
  --ramp D             start VUs (or raise the rate) gradually over D
  --rps N              arrival-rate mode: start N iterations per second
  --max-vus N          with --rps: the most VUs to use (default max(10, N))

Data and output
  --data DIR           read data source files from DIR (default: the scenario file's directory)
  --out FILE           write the summary and threshold results as JSON
  -q, --quiet          no live progress; the summary is still printed

Thresholds (repeatable; any failure exits 99)
  --threshold EXPR     p50 p90 p95 p99 avg min max (ms, or 1s), error_rate (1% or 0.01), rps,
                       failures, requests, iterations, dropped_iterations; operators < <= > >= == !=
                       per step: 'p95{step:Join activity}<200'

Remote (stampede remote run: the run happens on the console's workers)
  --url URL            the console's address
  --api-key KEY        a project API key (default: $STAMPEDE_API_KEY)
                       a file is uploaded as a new scenario first; load flags, --threshold and -q as above;
                       Ctrl-C stops the run on the console

Schedules on the console (stampede remote schedule ...; --url and --api-key as above)
  list [--scenario ID]             every schedule of the key's project (or one scenario's), with next fires
  create <scenario id> --name N (--cron 'EXPR' [--timezone TZ] | --at ISO-DATE)
         [--overlap skip|queue|parallel] [--missed skip|run_once] [--max-runs N] [load flags]
                                   load flags override the scenario's load for scheduled runs
  pause <schedule id>, resume <schedule id>

Record (stampede record: a proxy that captures a browser's or an app's requests as HAR, to import)
  --hosts LIST         hosts to record, comma-separated: 127.0.0.1:4010,api.example.internal,*.shop.test;
                       other hosts pass through unrecorded
  --port N             the port the proxy listens on (default 8888)
  --out FILE           the HAR file written on Ctrl-C (default recording.har)
  --ca-dir DIR         where the CA for HTTPS lives, made on first use
                       (default $STAMPEDE_DATA_DIR/recorder-ca, else ~/.stampede/recorder-ca)
  --listen ADDR        the address to listen on (default 127.0.0.1; another exposes the proxy to the network)

  -h, --help           this help
  --version            the CLI's version

Exit codes: 0 ok, 1 unexpected error, 2 bad input, 99 thresholds failed, 130 interrupted (Ctrl-C).
stampede record exits 0 when Ctrl-C stops it and the HAR is written.

Example:
  stampede run apps/cli/examples/hello.json --vus 20 --duration 1m --threshold 'p95<300' --threshold 'error_rate<1%'
`;
