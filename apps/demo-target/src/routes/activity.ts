import { randomUUID } from "node:crypto";
import { authenticate, headerToken } from "../auth";
import { stringField } from "../body";
import { httpError, json } from "../reply";
import type { Route } from "../route";
import { WX_DATA_FORMAT } from "../wx-errors";

/** The "joined the activity" payload; echoes the caller's ids so extraction and templating can be checked. */
export function activityData(fields: Record<string, unknown>, appid: string) {
  return {
    activityId: stringField(fields, "activity_id") ?? `act_${randomUUID().slice(0, 8)}`,
    joined: true,
    appid,
    ...(fields.user !== undefined && { user: fields.user }),
  };
}

/** REST style: auth failures are HTTP 401. */
export const activityRoute: Route = {
  method: "POST",
  path: "/api/activity",
  slow: true,
  handle(req, deps) {
    const body = req.fields();
    if (!body.ok) return httpError(body.status, body.message);
    const token = stringField(body.fields, "input_token") ?? headerToken(req.headers);
    const auth = authenticate(token, deps.store);
    if (!auth.ok) return json(401, auth.error);
    return json(200, { errcode: 0, errmsg: "ok", data: activityData(body.fields, auth.appid) });
  },
};

/** WeChat style: always HTTP 200, the outcome is only in errcode (so a client must read the body). */
export const wechatActivityRoute: Route = {
  method: "POST",
  path: "/wechat/activity",
  slow: true,
  handle(req, deps) {
    const body = req.fields();
    if (!body.ok) return json(200, WX_DATA_FORMAT);
    const token = req.query.get("access_token") || stringField(body.fields, "access_token");
    const auth = authenticate(token, deps.store);
    if (!auth.ok) return json(200, auth.error, { authError: true });
    return json(200, { errcode: 0, errmsg: "ok", data: activityData(body.fields, auth.appid) });
  },
};
