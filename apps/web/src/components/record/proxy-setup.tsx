import { trustSteps } from "@stampede/recorder/trust-steps";
import type { RecordingView } from "./recording-view";

/** How to send traffic through the proxy, and how to trust its CA for HTTPS (with the certificate to download). */
export function ProxySetup({ recording }: { recording: RecordingView }) {
  const address = `${recording.proxyHost}:${recording.proxyPort}`;
  const proxyUrl = `http://${address}`;
  return (
    <div className="space-y-4 px-4 py-4 text-sm text-slate-700">
      <p>
        Proxy address:{" "}
        <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono" data-testid="proxy-address">
          {address}
        </code>{" "}
        — recording {recording.hosts.join(", ")}; requests to other hosts pass through unrecorded.
      </p>
      <div>
        <h3 className="font-medium text-slate-900">Send traffic through it</h3>
        <ul className="mt-1 list-inside list-disc space-y-1">
          <li>
            Browser: set the HTTP and HTTPS proxy to <code className="font-mono">{address}</code> (system proxy
            settings, or Chromium started with <code className="font-mono">--proxy-server={proxyUrl}</code>; add{" "}
            <code className="font-mono">--proxy-bypass-list=&lt;-loopback&gt;</code> to record localhost sites).
          </li>
          <li>
            curl: <code className="font-mono">curl -x {proxyUrl} http://…</code>
          </li>
          <li>
            Apps:{" "}
            <code className="font-mono">
              HTTP_PROXY={proxyUrl} HTTPS_PROXY={proxyUrl}
            </code>
          </li>
        </ul>
      </div>
      <div>
        <h3 className="font-medium text-slate-900">HTTPS: trust the recorder&apos;s certificate once</h3>
        <p className="mt-1">
          <a className="text-blue-700 underline" href={recording.caUrl} download="stampede-recorder-ca.pem">
            Download the CA certificate (stampede-recorder-ca.pem)
          </a>
          , then install it as a trusted authority. It was made for this console and signs only what the proxy
          intercepts; plain HTTP needs none of this.
        </p>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          {trustSteps("stampede-recorder-ca.pem", proxyUrl).map((step) => (
            <div key={step.where} className="contents">
              <dt className="font-medium text-slate-600">{step.where}</dt>
              <dd className="font-mono text-xs break-all">{step.how}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
