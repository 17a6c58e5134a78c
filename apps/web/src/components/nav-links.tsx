"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/scenarios", label: "Scenarios" },
  { href: "/record", label: "Record" },
  { href: "/runs", label: "Runs" },
  { href: "/schedules", label: "Schedules" },
  { href: "/generators", label: "Generators" },
  { href: "/settings", label: "Project settings" },
  { href: "/audit", label: "Audit log" },
];

/** Client-side only for the highlight of the section being viewed. */
export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav className="flex flex-col gap-0.5 px-3">
      {LINKS.map((link) => {
        const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className={`rounded-md px-3 py-2 text-sm font-medium transition-colors ${
              active ? "bg-slate-800 text-white" : "hover:bg-slate-800/60 hover:text-white"
            }`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
