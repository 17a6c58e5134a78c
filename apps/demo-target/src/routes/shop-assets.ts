import { text } from "../reply";
import type { Route } from "../route";

/** The shop's static files: what an import leaves out by default, so recordings have some to leave out. */

const STYLE = `body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 40rem; padding: 1rem; }
header a { color: inherit; font-weight: 600; text-decoration: none; }
ul { list-style: none; padding: 0; }
li { align-items: center; border-bottom: 1px solid #ddd; display: flex; justify-content: space-between; padding: 0.5rem 0; }
button { background: #0f766e; border: 0; border-radius: 4px; color: white; cursor: pointer; padding: 0.4rem 0.9rem; }
#status { color: #555; }
`;

// Plain browser JavaScript (no build step): sign in for a token, keep it for the tab, use it as a Bearer token.
// Moving between pages is history.pushState, not a page load: a browser drops the response bodies of a page
// it leaves, and the token response must stay in a recording for correlation to find it.
const APP = `"use strict";
const TOKEN_KEY = "access_token";
const show = (message) => { document.getElementById("status").textContent = message; };

function go(path) {
  history.pushState(null, "", path);
  render();
}

async function signIn() {
  const { appid, secret } = document.body.dataset;
  const res = await fetch("/api/token", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ appid, secret }),
  });
  const body = await res.json();
  if (!res.ok) return show("Sign-in failed: " + (body.errmsg || res.status));
  sessionStorage.setItem(TOKEN_KEY, body.access_token);
  go("/shop/items");
}

async function join(itemId, token) {
  const res = await fetch("/api/activity", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer " + token },
    body: JSON.stringify({ activity_id: itemId }),
  });
  const body = await res.json();
  show(res.ok ? "Joined " + body.data.activityId : "Join failed: " + body.errmsg);
}

async function listItems(token) {
  const res = await fetch("/api/items?page=1");
  const body = await res.json();
  const list = document.getElementById("items");
  list.replaceChildren();
  for (const item of body.items) {
    const row = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Join";
    button.addEventListener("click", () => join(item.id, token));
    row.append(item.name + " · " + item.price + " ", button);
    list.append(row);
  }
  show("Signed in");
}

function render() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const items = location.pathname === "/shop/items" && token !== null;
  if (location.pathname === "/shop/items" && !items) history.replaceState(null, "", "/shop/");
  document.getElementById("sign-in-page").hidden = items;
  document.getElementById("items-page").hidden = !items;
  document.title = (items ? "Items" : "Sign in") + " · Demo shop";
  show("");
  if (items) listItems(token);
}

document.getElementById("sign-in").addEventListener("click", signIn);
window.addEventListener("popstate", render);
render();
`;

const STYLE_REPLY = text(200, STYLE, "text/css; charset=utf-8");
const APP_REPLY = text(200, APP, "text/javascript; charset=utf-8");

export const shopStyleRoute: Route = { method: "GET", path: "/shop/style.css", handle: () => STYLE_REPLY };
export const shopScriptRoute: Route = { method: "GET", path: "/shop/app.js", handle: () => APP_REPLY };
