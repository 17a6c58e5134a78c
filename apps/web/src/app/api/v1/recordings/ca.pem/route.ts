import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { CA_CERT_FILE, ensureCa } from "@stampede/recorder";
import { authed } from "@/server/auth/route";
import { recorderCaDir } from "@/server/recordings/recorder-ca-dir";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * The recording proxy's CA certificate (never its key), for the user to install; made on first use, so it can
 * be installed before the first recording.
 */
export const GET = authed(async () => {
  await ensureCa(recorderCaDir());
  const pem = await readFile(join(recorderCaDir(), CA_CERT_FILE), "utf8");
  return new Response(pem, {
    headers: {
      "Content-Type": "application/x-pem-file",
      "Content-Disposition": 'attachment; filename="stampede-recorder-ca.pem"',
    },
  });
});
