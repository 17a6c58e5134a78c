import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { ViewerProvider } from "@/components/viewer-context";
import { requireViewer } from "@/server/auth/page-viewer";

export const dynamic = "force-dynamic";

/** Every console page needs a logged-in user; the shell shows them, their projects and the current one. */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  return (
    <ViewerProvider value={{ email: viewer.user.email, role: viewer.project?.role ?? null }}>
      <AppShell viewer={viewer}>{children}</AppShell>
    </ViewerProvider>
  );
}
