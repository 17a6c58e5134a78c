import { httpError, json, text } from "../reply";
import type { Route } from "../route";

const PAGE_SIZE = 10;
const HELLO = text(200, "hello");

/** The cheapest endpoint there is: benchmarks measure the load generator against it, not the target. */
export const helloRoute: Route = {
  method: "GET",
  path: "/hello",
  slow: true,
  handle: () => HELLO,
};

/** A paged list without auth, for testing JSON extraction (ids, nextPage). */
export const itemsRoute: Route = {
  method: "GET",
  path: "/api/items",
  slow: true,
  handle(req) {
    const raw = req.query.get("page") ?? "1";
    const page = /^\d{1,6}$/.test(raw) ? Number(raw) : 0;
    if (page < 1) return httpError(400, `page must be a positive integer, got "${raw}"`);
    const first = (page - 1) * PAGE_SIZE + 1;
    const items = Array.from({ length: PAGE_SIZE }, (_, i) => ({
      id: `item-${first + i}`,
      name: `Item ${first + i}`,
      price: ((first + i) * 37) % 1000,
    }));
    return json(200, { errcode: 0, page, pageSize: PAGE_SIZE, nextPage: page + 1, items });
  },
};
