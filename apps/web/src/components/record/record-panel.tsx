"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Card } from "@/components/card";
import { RefusalAlert } from "@/components/refusal-alert";
import type { Refusal } from "@/lib/api-refusal";
import { callApi } from "@/lib/call-api";
import { CapturedTable } from "./captured-table";
import { ProxySetup } from "./proxy-setup";
import type { RecordingView } from "./recording-view";
import { useCapturedRows } from "./use-captured-rows";

const input = "rounded border border-slate-300 px-2 py-1 text-sm";
const primary =
  "rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-60";

/** Start a recording (hosts, optional port), follow it live, stop it into the import preview. */
export function RecordPanel({ defaultHosts, running }: { defaultHosts: string; running: RecordingView | null }) {
  const router = useRouter();
  const [hosts, setHosts] = useState(running ? running.hosts.join(", ") : defaultHosts);
  const [port, setPort] = useState("");
  const [recording, setRecording] = useState<RecordingView | null>(running);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const { rows } = useCapturedRows(recording?.id ?? null);

  const start = async () => {
    setBusy(true);
    const list = hosts.split(/[,\s]+/).filter((host) => host !== "");
    const result = await callApi<RecordingView>("/api/v1/recordings", {
      method: "POST",
      body: { hosts: list, ...(port.trim() ? { port: Number(port) } : {}) },
    });
    setBusy(false);
    if (!result.ok) return setRefusal(result);
    setRefusal(null);
    setRecording(result.body);
  };

  const stop = async () => {
    if (!recording) return;
    setBusy(true);
    const result = await callApi<RecordingView>(`/api/v1/recordings/${recording.id}/stop`, { method: "POST" });
    if (!result.ok) {
      setBusy(false);
      return setRefusal(result);
    }
    router.push(`/scenarios/import?recording=${recording.id}`);
  };

  if (!recording) {
    return (
      <Card title="New recording">
        <form
          className="space-y-3 px-4 py-4 text-sm"
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <label className="block">
            <span className="font-medium text-slate-700">Hosts to record</span>
            <input
              className={`${input} mt-1 block w-full font-mono`}
              name="hosts"
              value={hosts}
              onChange={(event) => setHosts(event.target.value)}
              placeholder="127.0.0.1:4010, api.example.internal, *.shop.test"
            />
            <span className="text-xs text-slate-500">
              host:port or host (any port), separated by commas; other hosts pass through unrecorded.
            </span>
          </label>
          <label className="block">
            <span className="font-medium text-slate-700">Proxy port</span>
            <input
              className={`${input} mt-1 block w-32`}
              name="port"
              inputMode="numeric"
              value={port}
              onChange={(event) => setPort(event.target.value)}
              placeholder="any free"
            />
          </label>
          <RefusalAlert refusal={refusal} />
          <button type="submit" className={primary} disabled={busy}>
            Start recording
          </button>
        </form>
      </Card>
    );
  }

  return (
    <div className="space-y-4">
      <Card
        title={<span>Recording on {`${recording.proxyHost}:${recording.proxyPort}`}</span>}
        actions={
          <button type="button" className={primary} disabled={busy} onClick={() => void stop()}>
            Stop and import
          </button>
        }
      >
        <ProxySetup recording={recording} />
        <RefusalAlert refusal={refusal} className="mx-4 mb-4" />
      </Card>
      <Card title={`Captured requests (${rows.length})`}>
        <CapturedTable rows={rows} />
      </Card>
    </div>
  );
}
