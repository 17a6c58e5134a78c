import { readRefusal, unreachable, type Refusal } from "./api-refusal";

/** What a console page gets back from its API: the parsed body, or the server's refusal. */
export type ApiResult<T> = { ok: true; body: T } | Refusal;

/**
 * One JSON request from a console page to /api/v1: a body goes as JSON (the API refuses cookie writes of any
 * other type); 204 answers with an empty body. Never throws: a network failure is a refusal too.
 */
export async function callApi<T = unknown>(
  url: string,
  options: { method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; body?: unknown } = {},
): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, {
      method: options.method ?? "GET",
      headers: options.body === undefined ? undefined : { "content-type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    if (!response.ok) return readRefusal(response);
    const body = response.status === 204 ? undefined : await response.json();
    return { ok: true, body: body as T };
  } catch (error) {
    return unreachable(error);
  }
}
