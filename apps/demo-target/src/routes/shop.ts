import { html, text } from "../reply";
import type { Route } from "../route";

/**
 * A tiny shop site over the demo APIs, so a browser (or the recording proxy) has real pages to record: sign in
 * (POST /api/token), list items (GET /api/items), join an activity with the token (POST /api/activity).
 * The pages are shells; `/shop/app.js` does the calls, as a single-page app would.
 */

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, pageName: string, data: Record<string, string>, main: string): string {
  const attributes = Object.entries(data)
    .map(([key, value]) => ` data-${key}="${escapeHtml(value)}"`)
    .join("");
  // The empty icon keeps browsers from asking for /favicon.ico, which would be a 404 in every recording.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} · Demo shop</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/shop/style.css">
<script src="/shop/app.js" defer></script>
</head>
<body data-page="${pageName}"${attributes}>
<header><a href="/shop/">Demo shop</a></header>
<main>
<h1>${escapeHtml(title)}</h1>
${main}
<p id="status" role="status"></p>
</main>
</body>
</html>
`;
}

/** Without the slash the router has no match; send the browser where the page is. */
export const shopRedirectRoute: Route = {
  method: "GET",
  path: "/shop",
  handle: () => ({ ...text(302, ""), headers: { location: "/shop/" } }),
};

/** The sign-in page carries the first configured app's credentials, as a mini program ships its appid. */
export const shopSignInRoute: Route = {
  method: "GET",
  path: "/shop/",
  handle(_req, deps) {
    const app = deps.options.apps[0]!;
    const main = `<p>Sign in as the demo mini program to see the items.</p>
<button type="button" id="sign-in">Sign in</button>`;
    return html(200, page("Sign in", "sign-in", { appid: app.appid, secret: app.secret }, main));
  },
};

export const shopItemsRoute: Route = {
  method: "GET",
  path: "/shop/items",
  handle: () => html(200, page("Items", "items", {}, `<ul id="items"></ul>`)),
};
