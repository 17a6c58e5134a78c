export const dynamic = "force-dynamic";

/** Liveness for load balancers and start scripts: answers without credentials and touches nothing. */
export function GET() {
  return Response.json({ ok: true });
}
