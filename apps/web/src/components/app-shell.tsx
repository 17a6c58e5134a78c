import Link from "next/link";
import type { ReactNode } from "react";
import type { Viewer } from "@/server/auth/page-viewer";
import { AccountMenu } from "./account/account-menu";
import { ProjectSwitcher } from "./account/project-switcher";
import { NavLinks } from "./nav-links";

/** The console's frame: a dark left navigation with the project and the user, content on the right. */
export function AppShell({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return (
    <div className="flex min-h-full">
      <aside className="sticky top-0 flex h-screen w-56 shrink-0 flex-col bg-slate-900 text-slate-300">
        <Link href="/scenarios" className="flex items-center gap-2 px-5 py-5 text-white">
          <Logo />
          <span className="text-lg font-semibold tracking-tight">Stampede</span>
        </Link>
        <ProjectSwitcher projects={viewer.projects} currentId={viewer.project?.id ?? null} />
        <NavLinks />
        <AccountMenu email={viewer.user.email} role={viewer.project?.role ?? null} />
      </aside>
      <main className="min-w-0 flex-1 px-8 py-6">
        <div className="mx-auto max-w-7xl">{children}</div>
      </main>
    </div>
  );
}

function Logo() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" className="text-blue-400">
      <path
        d="M3 17l4-6 4 3 5-8 5 6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
