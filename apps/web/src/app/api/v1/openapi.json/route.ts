import { getOpenApiDocument } from "@/server/openapi/build-document";

/** The automation API's OpenAPI 3.1 document: public like /health, so tools can read it before they hold a key. */
export function GET() {
  return Response.json(getOpenApiDocument());
}
