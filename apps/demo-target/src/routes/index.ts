import type { Route } from "../route";
import { activityRoute, wechatActivityRoute } from "./activity";
import { freezeRoute, resetStatsRoute, statsRoute } from "./control";
import { profileRoute } from "./profile";
import { helloRoute, itemsRoute } from "./public";
import { apiTokenRoute, wechatTokenRoute } from "./token";

export { CONTROL_PREFIX } from "./control";

export const ROUTES: readonly Route[] = [
  wechatTokenRoute,
  apiTokenRoute,
  activityRoute,
  wechatActivityRoute,
  profileRoute,
  helloRoute,
  itemsRoute,
  statsRoute,
  resetStatsRoute,
  freezeRoute,
];
