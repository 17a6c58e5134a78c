import { authenticate, headerToken } from "../auth";
import { json } from "../reply";
import type { Route } from "../route";

/** A GET that needs a token in a header: the shape most "who am I" endpoints have. */
export const profileRoute: Route = {
  method: "GET",
  path: "/api/profile",
  slow: true,
  handle(req, deps) {
    const auth = authenticate(headerToken(req.headers), deps.store);
    if (!auth.ok) return json(401, auth.error);
    const user = { openid: `o_${auth.appid}_demo`, nickname: "Demo User", appid: auth.appid };
    return json(200, { errcode: 0, user });
  },
};
