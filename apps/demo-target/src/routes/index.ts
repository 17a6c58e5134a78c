import type { Route } from "../route";
import { activityRoute, wechatActivityRoute } from "./activity";
import { freezeRoute, resetStatsRoute, statsRoute } from "./control";
import { openApiRoute } from "./openapi";
import { profileRoute } from "./profile";
import { helloRoute, itemsRoute } from "./public";
import { shopItemsRoute, shopRedirectRoute, shopSignInRoute } from "./shop";
import { shopScriptRoute, shopStyleRoute } from "./shop-assets";
import { apiTokenRoute, wechatTokenRoute } from "./token";

export { CONTROL_PREFIX } from "./control";

/** The demo's API: what /openapi.json documents (the rest are the shop site, the document and control routes). */
export const API_ROUTES: readonly Route[] = [
  wechatTokenRoute,
  apiTokenRoute,
  activityRoute,
  wechatActivityRoute,
  profileRoute,
  helloRoute,
  itemsRoute,
];

export const ROUTES: readonly Route[] = [
  ...API_ROUTES,
  openApiRoute,
  shopRedirectRoute,
  shopSignInRoute,
  shopItemsRoute,
  shopStyleRoute,
  shopScriptRoute,
  statsRoute,
  resetStatsRoute,
  freezeRoute,
];
