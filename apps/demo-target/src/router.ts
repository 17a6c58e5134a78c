import type { Route } from "./route";

/** Where a request goes: a route, or why there is none. */
export type RouteMatch = { kind: "route"; route: Route } | { kind: "no-route" } | { kind: "bad-method"; allow: string };

/** Exact-path lookup: the target has a dozen fixed paths, so a map beats any pattern matching. */
export function createRouter(routes: readonly Route[]): (method: string, path: string) => RouteMatch {
  const byPath = new Map<string, Map<string, Route>>();
  for (const route of routes) {
    const methods = byPath.get(route.path) ?? new Map<string, Route>();
    if (methods.has(route.method)) throw new Error(`duplicate route ${route.method} ${route.path}`);
    byPath.set(route.path, methods.set(route.method, route));
  }
  return (method, path) => {
    const methods = byPath.get(path);
    if (!methods) return { kind: "no-route" };
    const route = methods.get(method);
    return route ? { kind: "route", route } : { kind: "bad-method", allow: [...methods.keys()].join(", ") };
  };
}
