import type { DemoApp } from "../options";
import { html, text } from "../reply";
import type { Route } from "../route";

/**
 * A tiny shop site over the demo APIs, so a browser (or the recording proxy) has real pages to record: sign in
 * (POST /api/token), list items (GET /api/items), join an activity with the token (POST /api/activity).
 * Both pages are the same shell; `/shop/app.js` shows the one the path names and does the calls, as a
 * single-page app would.
 */

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sign-in section carries the first configured app's credentials, as a mini program ships its appid. */
function shell(title: string, app: DemoApp): string {
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
<body data-appid="${escapeHtml(app.appid)}" data-secret="${escapeHtml(app.secret)}">
<header><a href="/shop/">Demo shop</a></header>
<main>
<section id="sign-in-page" hidden>
<h1>Sign in</h1>
<p>Sign in as the demo mini program to see the items.</p>
<button type="button" id="sign-in">Sign in</button>
</section>
<section id="items-page" hidden>
<h1>Items</h1>
<ul id="items"></ul>
</section>
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

export const shopSignInRoute: Route = {
  method: "GET",
  path: "/shop/",
  handle: (_req, deps) => html(200, shell("Sign in", deps.options.apps[0]!)),
};

export const shopItemsRoute: Route = {
  method: "GET",
  path: "/shop/items",
  handle: (_req, deps) => html(200, shell("Items", deps.options.apps[0]!)),
};
