"use client";

import { useCallback, useEffect, useState } from "react";
import type { DataSourceInfo } from "./types";

/** The files stored for a scenario: loaded once, then kept in step with uploads and deletions here. */
export function useDataSourceFiles(scenarioId: string | undefined) {
  const [files, setFiles] = useState<DataSourceInfo[] | null>(scenarioId ? null : []);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!scenarioId) return;
    let cancelled = false;
    fetch(`/api/v1/scenarios/${encodeURIComponent(scenarioId)}/data-sources`)
      .then(async (r) => {
        if (!r.ok) throw new Error(`could not list data files (HTTP ${r.status})`);
        return (await r.json()) as { dataSources: DataSourceInfo[] };
      })
      .then((body) => !cancelled && setFiles(body.dataSources))
      .catch((e: Error) => {
        if (cancelled) return;
        setError(e.message);
        setFiles([]);
      });
    return () => {
      cancelled = true;
    };
  }, [scenarioId]);

  /** Adds or replaces a file; a re-upload keeps the preview the list answer may lack. */
  const upsert = useCallback((file: DataSourceInfo) => {
    setFiles((prev) =>
      [...(prev ?? []).filter((f) => f.name !== file.name), file].sort((a, b) => a.name.localeCompare(b.name)),
    );
  }, []);

  const remove = useCallback(
    async (name: string): Promise<string | null> => {
      if (!scenarioId) return null;
      const r = await fetch(
        `/api/v1/scenarios/${encodeURIComponent(scenarioId)}/data-sources/${encodeURIComponent(name)}`,
        {
          method: "DELETE",
        },
      );
      if (!r.ok && r.status !== 404) return `could not delete ${name} (HTTP ${r.status})`;
      setFiles((prev) => (prev ?? []).filter((f) => f.name !== name));
      return null;
    },
    [scenarioId],
  );

  return { files, error, upsert, remove };
}
