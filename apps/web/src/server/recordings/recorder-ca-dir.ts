import { dataDirFile } from "@stampede/db";

/**
 * Where the recording proxy's CA lives: `recorder-ca` in the data directory (STAMPEDE_DATA_DIR), the same
 * place `stampede record` uses by default, so a user trusts one certificate for both.
 */
export function recorderCaDir(): string {
  return dataDirFile("recorder-ca");
}
