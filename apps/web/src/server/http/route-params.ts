/** The context Next.js passes to a route handler under a `[id]` segment. */
export interface IdRouteContext {
  params: Promise<{ id: string }>;
}
