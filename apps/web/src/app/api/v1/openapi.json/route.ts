import { getOpenApiDocument } from "@/server/openapi/build-document";

export const dynamic = "force-dynamic";

/** The automation API's OpenAPI 3.1 document: public like /health, so tools can read it before they hold a key. */
export function GET() {
  return Response.json(getOpenApiDocument());
}
