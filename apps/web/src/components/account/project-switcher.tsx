"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

interface ProjectOption {
  id: string;
  name: string;
  role: string;
}

/** Picks the project the console shows; the choice is remembered per browser. */
export function ProjectSwitcher({ projects, currentId }: { projects: ProjectOption[]; currentId: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function choose(projectId: string) {
    if (projectId === "__new") {
      router.push("/settings/new-project");
      return;
    }
    const response = await fetch("/api/v1/me/current-project", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ projectId }),
    });
    if (!response.ok) {
      setError(`could not switch (HTTP ${response.status})`);
      return;
    }
    setError(null);
    router.push("/scenarios");
    router.refresh();
  }

  return (
    <div className="mb-4 px-5">
      <label htmlFor="project-switcher" className="block text-xs font-medium tracking-wide text-slate-500 uppercase">
        Project
      </label>
      <select
        id="project-switcher"
        value={currentId ?? ""}
        onChange={(event) => void choose(event.target.value)}
        className="mt-1 w-full rounded-md border border-slate-700 bg-slate-800 px-2 py-1.5 text-sm text-white"
      >
        {currentId === null && <option value="">No project</option>}
        {projects.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
        <option value="__new">+ New project…</option>
      </select>
      {error && <p className="mt-1 text-xs text-red-400">{error}</p>}
    </div>
  );
}
