import { describe, expect, it } from "vitest";
import { parseArgs } from "../args";
import { CliError } from "../exit-codes";

describe("stampede record arguments", () => {
  it("reads hosts, port, out and the CA directory, with loopback and port 8888 by default", () => {
    expect(parseArgs(["record", "--hosts", "127.0.0.1:4010, example.internal", "--out", "r.har"])).toEqual({
      command: "record",
      hosts: ["127.0.0.1:4010", "example.internal"],
      port: 8888,
      out: "r.har",
      caDir: expect.stringMatching(/recorder-ca$/),
      listen: "127.0.0.1",
    });
    expect(parseArgs(["record", "--hosts=shop.test", "--port", "9000", "--ca-dir", "/tmp/ca"])).toMatchObject({
      port: 9000,
      caDir: "/tmp/ca",
    });
  });

  it.each([
    [["record"], "missing --hosts"],
    [["record", "--hosts", "a b"], '--hosts entry 1: "a b" is not a host or host:port'],
    [["record", "--hosts", "x.test,"], "--hosts entry 2: is empty"],
    [["record", "--hosts", "x.test", "--port", "0"], '--port "0": expected a port number from 1 to 65535'],
    [["record", "--hosts", "x.test", "--port", "http"], '--port "http"'],
    [["record", "--hosts", "x.test", "extra"], 'unexpected argument "extra"'],
    [["record", "--hosts", "x.test", "--prot", "1"], "unknown option --prot (did you mean --port?)"],
  ])("refuses %j with exit 2: %s", (argv, message) => {
    let error: unknown;
    try {
      parseArgs(argv);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toContain(message);
  });
});
