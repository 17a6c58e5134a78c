"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatDateTime } from "@/lib/format";
import { Card } from "../card";
import { ConfirmDialog } from "../editor/list/confirm-dialog";
import { EmptyState, Table, Td, Th } from "../table";
import { apiKeyStatus } from "./api-key-status";
import { CreateApiKeyForm } from "./create-api-key-form";
import { revokeApiKey } from "./settings-api";
import type { ApiKeyView } from "./settings-views";

const STATUS_STYLE = {
  active: "bg-emerald-50 text-emerald-700",
  expired: "bg-amber-50 text-amber-800",
  revoked: "bg-slate-100 text-slate-500",
};

/** The project's API keys (admins only: listing them is an admin action), creation and revocation. */
export function ApiKeysCard({
  projectId,
  apiKeys,
  nowMs,
}: {
  projectId: string;
  apiKeys: ApiKeyView[];
  nowMs: number;
}) {
  const router = useRouter();
  const [revoking, setRevoking] = useState<ApiKeyView | null>(null);

  async function revoke(key: ApiKeyView): Promise<string | null> {
    const result = await revokeApiKey(projectId, key.id);
    if (!result.ok) return result.error;
    router.refresh();
    return null;
  }

  return (
    <Card title="API keys">
      {apiKeys.length === 0 ? (
        <EmptyState>No keys yet. CI and the CLI authenticate with one.</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Key</Th>
              <Th>Scope</Th>
              <Th>Created by</Th>
              <Th>Expires</Th>
              <Th>Last used</Th>
              <Th>Status</Th>
              <Th className="text-right">Actions</Th>
            </tr>
          </thead>
          <tbody data-testid="api-keys">
            {apiKeys.map((key) => {
              const status = apiKeyStatus(key, nowMs);
              return (
                <tr key={key.id}>
                  <Td className="font-medium text-slate-900">{key.name}</Td>
                  <Td className="font-mono text-xs">{key.prefix}…</Td>
                  <Td>{key.scope.toLowerCase()}</Td>
                  <Td className="text-slate-600">{key.createdBy ?? "—"}</Td>
                  <Td className="text-xs text-slate-600">{key.expiresAt ? formatDateTime(key.expiresAt) : "never"}</Td>
                  <Td className="text-xs text-slate-600">
                    {key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "never"}
                  </Td>
                  <Td>
                    <span
                      className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_STYLE[status]}`}
                      title={key.revokedAt ? `revoked ${formatDateTime(key.revokedAt)}` : undefined}
                    >
                      {status}
                    </span>
                  </Td>
                  <Td className="text-right">
                    {status !== "revoked" && (
                      <button
                        type="button"
                        onClick={() => setRevoking(key)}
                        aria-label={`Revoke ${key.name}`}
                        className="text-sm text-red-700 hover:underline"
                      >
                        Revoke
                      </button>
                    )}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <CreateApiKeyForm projectId={projectId} />
      {revoking && (
        <ConfirmDialog
          title="Revoke API key?"
          confirmLabel="Revoke"
          onConfirm={() => revoke(revoking)}
          onClose={() => setRevoking(null)}
        >
          <p>
            <strong className="text-slate-900">{revoking.name}</strong> ({revoking.prefix}…) stops working at once;
            whatever uses it gets 401 from then on. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </Card>
  );
}
