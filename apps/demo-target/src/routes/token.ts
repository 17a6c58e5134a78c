import { stringField } from "../body";
import { httpError, json } from "../reply";
import type { Route, RouteDeps } from "../route";
import { WX_INVALID_APPID, WX_INVALID_GRANT_TYPE, WX_INVALID_SECRET, type WxError } from "../wx-errors";

function checkCredentials(deps: RouteDeps, appid: string | undefined, secret: string | undefined): WxError | undefined {
  const app = deps.options.apps.find((candidate) => candidate.appid === appid);
  if (!app) return WX_INVALID_APPID;
  return app.secret === secret ? undefined : WX_INVALID_SECRET;
}

function issueToken(deps: RouteDeps, appid: string) {
  deps.stats.recordTokenIssued();
  return deps.store.issue(appid);
}

/** WeChat's endpoint: credential errors come back as HTTP 200 with an errcode, as the real one does. */
export const wechatTokenRoute: Route = {
  method: "GET",
  path: "/cgi-bin/token",
  handle(req, deps) {
    if (req.query.get("grant_type") !== "client_credential") return json(200, WX_INVALID_GRANT_TYPE);
    const appid = req.query.get("appid") ?? undefined;
    const error = checkCredentials(deps, appid, req.query.get("secret") ?? undefined);
    if (error) return json(200, error, { authError: true });
    return json(200, issueToken(deps, appid!));
  },
};

/** The OAuth-ish variant: same tokens, but real HTTP statuses. */
export const apiTokenRoute: Route = {
  method: "POST",
  path: "/api/token",
  handle(req, deps) {
    const body = req.fields();
    if (!body.ok) return httpError(body.status, body.message);
    const appid = stringField(body.fields, "appid");
    const secret = stringField(body.fields, "secret");
    if (appid === undefined || secret === undefined) return httpError(400, "appid and secret are required");
    const error = checkCredentials(deps, appid, secret);
    if (error) return json(401, error);
    return json(200, issueToken(deps, appid));
  },
};
