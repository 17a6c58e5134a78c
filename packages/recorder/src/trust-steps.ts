// Browser-safe (no Node imports): the console's Record page and the CLI print the same steps.

/** One way to make a client trust the recorder's CA. */
export interface TTrustStep {
  /** "macOS", "Windows", "Linux (Debian, Ubuntu)", "Firefox", "curl", "Node.js". */
  where: string;
  /** A command or a short instruction; `CA_FILE` stands for the certificate's path. */
  how: string;
}

/**
 * How to trust the CA, per system and client. Browsers other than Firefox use the system's store; Firefox keeps
 * its own. Only needed for HTTPS: plain HTTP is recorded without it.
 */
export function trustSteps(caFile: string, proxy: string): TTrustStep[] {
  return [
    {
      where: "macOS",
      how: `security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db "${caFile}"`,
    },
    { where: "Windows", how: `certutil -user -addstore Root "${caFile}"` },
    {
      where: "Linux (Debian, Ubuntu)",
      how: `sudo cp "${caFile}" /usr/local/share/ca-certificates/stampede-recorder.crt && sudo update-ca-certificates`,
    },
    {
      where: "Firefox",
      how: "Settings → Privacy & Security → Certificates → View Certificates → Authorities → Import, and tick “identify websites”",
    },
    { where: "curl", how: `curl --cacert "${caFile}" -x ${proxy} https://…` },
    { where: "Node.js", how: `NODE_EXTRA_CA_CERTS="${caFile}" node app.js` },
  ];
}
