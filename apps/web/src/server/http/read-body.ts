import { BadRequestError } from "./errors";

/** The request body as JSON, or undefined when the body is empty (some endpoints give that a meaning). */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BadRequestError(["body: not valid JSON"]);
  }
}

/** The JSON body of an endpoint that needs one. */
export async function readRequiredJsonBody(request: Request): Promise<unknown> {
  const body = await readJsonBody(request);
  if (body === undefined) throw new BadRequestError(["body: a JSON body is required"]);
  return body;
}
