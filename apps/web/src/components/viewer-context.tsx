"use client";

import { createContext, type ReactNode, useContext } from "react";
import { type Permission, type ProjectRoleName, roleAllows } from "@stampede/contracts";

interface ViewerState {
  email: string;
  role: ProjectRoleName | null;
}

const ViewerContext = createContext<ViewerState>({ email: "", role: null });

/** Gives client components the signed-in user and their role in the current project. */
export function ViewerProvider({ value, children }: { value: ViewerState; children: ReactNode }) {
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

/** Whether the current user may do `permission` here: buttons a role may not use are not shown. */
export function useCan(permission: Permission): boolean {
  const { role } = useContext(ViewerContext);
  return role !== null && roleAllows(role, permission);
}

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}

/** Renders its children only for a role with `permission`. */
export function IfCan({ permission, children }: { permission: Permission; children: ReactNode }) {
  return useCan(permission) ? <>{children}</> : null;
}
