import type { DemoApp } from "../options";
import type { OpenApiDocument, OperationObject, ResponseObject, SchemaObject } from "./openapi-types";

/**
 * The demo target's API as OpenAPI 3.1. Operations are listed in the order a client calls them (token first),
 * and the examples carry the configured app's credentials, so an import of this document Debugs green.
 */

const JSON_TYPE = "application/json";

const ERROR: SchemaObject = {
  type: "object",
  description: "WeChat's error shape; errcode 0 means success",
  properties: { errcode: { type: "integer" }, errmsg: { type: "string" } },
  required: ["errcode", "errmsg"],
};

const TOKEN: SchemaObject = {
  type: "object",
  properties: {
    access_token: { type: "string", description: "send as `Authorization: Bearer <token>`" },
    expires_in: { type: "integer", description: "lifetime in seconds" },
  },
  required: ["access_token", "expires_in"],
};

const ACTIVITY: SchemaObject = {
  type: "object",
  properties: {
    errcode: { type: "integer" },
    errmsg: { type: "string" },
    data: {
      type: "object",
      properties: {
        activityId: { type: "string" },
        joined: { type: "boolean" },
        appid: { type: "string" },
        user: { type: "string" },
      },
    },
  },
};

const ACTIVITY_BODY: SchemaObject = {
  type: "object",
  properties: {
    activity_id: { type: "string", description: "echoed back; generated when absent" },
    user: { type: "string", description: "echoed back" },
  },
};

const jsonResponse = (description: string, schema: SchemaObject, example?: unknown): ResponseObject => ({
  description,
  content: { [JSON_TYPE]: { schema, ...(example !== undefined && { example }) } },
});

const UNAUTHORIZED = jsonResponse("no token, an invalid one, or an expired one", ERROR, {
  errcode: 40001,
  errmsg: "invalid credential, access_token is invalid or not latest",
});

function tokenOperations(app: DemoApp): { apiToken: OperationObject; wechatToken: OperationObject } {
  const issued = jsonResponse("a new token; issuing one retires the previous token after a grace period", TOKEN, {
    access_token: "3f9c0e5b8d0a4c1e9b7a6f2d1c0b9a8e7d6c5b4a",
    expires_in: 7200,
  });
  return {
    apiToken: {
      operationId: "issueApiToken",
      summary: "Get an access token (JSON or form body)",
      requestBody: {
        required: true,
        content: {
          [JSON_TYPE]: {
            schema: {
              type: "object",
              properties: { appid: { type: "string" }, secret: { type: "string" } },
              required: ["appid", "secret"],
            },
            example: { appid: app.appid, secret: app.secret },
          },
        },
      },
      responses: { "200": issued, "400": jsonResponse("appid or secret missing", ERROR), "401": UNAUTHORIZED },
      security: [],
    },
    wechatToken: {
      operationId: "issueWechatToken",
      summary: "Get an access token the WeChat way (errors come back as HTTP 200 with an errcode)",
      parameters: [
        {
          name: "grant_type",
          in: "query",
          required: true,
          schema: { type: "string", enum: ["client_credential"] },
          example: "client_credential",
        },
        { name: "appid", in: "query", required: true, schema: { type: "string" }, example: app.appid },
        { name: "secret", in: "query", required: true, schema: { type: "string" }, example: app.secret },
      ],
      responses: { "200": issued },
      security: [],
    },
  };
}

const ITEMS: SchemaObject = {
  type: "object",
  properties: {
    errcode: { type: "integer" },
    page: { type: "integer" },
    pageSize: { type: "integer" },
    nextPage: { type: "integer" },
    items: {
      type: "array",
      items: {
        type: "object",
        properties: { id: { type: "string" }, name: { type: "string" }, price: { type: "integer" } },
      },
    },
  },
};

const PROFILE: SchemaObject = {
  type: "object",
  properties: {
    errcode: { type: "integer" },
    user: {
      type: "object",
      properties: { openid: { type: "string" }, nickname: { type: "string" }, appid: { type: "string" } },
    },
  },
};

/** The document for a target reached at `serverUrl`, with `app`'s credentials in the token examples. */
export function buildOpenApiDocument(serverUrl: string, app: DemoApp): OpenApiDocument {
  const { apiToken, wechatToken } = tokenOperations(app);
  return {
    openapi: "3.1.0",
    info: {
      title: "Stampede demo target",
      version: "1.0.0",
      description: "A mini-program backend simulator: expiring access tokens and business APIs that need them.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAccessToken: [] }],
    paths: {
      "/api/token": { post: apiToken },
      "/cgi-bin/token": { get: wechatToken },
      "/api/activity": {
        post: {
          operationId: "joinActivity",
          summary: "Join an activity (REST style: auth failures are HTTP 401)",
          requestBody: {
            required: false,
            content: { [JSON_TYPE]: { schema: ACTIVITY_BODY, example: { activity_id: "act-demo-1" } } },
          },
          responses: { "200": jsonResponse("joined", ACTIVITY), "401": UNAUTHORIZED },
        },
      },
      "/wechat/activity": {
        post: {
          operationId: "joinWechatActivity",
          summary: "Join an activity (WeChat style: always HTTP 200, the outcome is in errcode)",
          requestBody: {
            required: false,
            content: { [JSON_TYPE]: { schema: ACTIVITY_BODY, example: { activity_id: "act-demo-2" } } },
          },
          responses: { "200": jsonResponse("joined, or an errcode saying why not", ACTIVITY) },
          security: [{ wechatAccessToken: [] }],
        },
      },
      "/api/profile": {
        get: {
          operationId: "getProfile",
          summary: "Who the token belongs to",
          responses: { "200": jsonResponse("the user", PROFILE), "401": UNAUTHORIZED },
        },
      },
      "/api/items": {
        get: {
          operationId: "listItems",
          summary: "A page of items (no auth)",
          parameters: [
            { name: "page", in: "query", required: false, schema: { type: "integer", minimum: 1 }, example: 1 },
          ],
          responses: { "200": jsonResponse("ten items", ITEMS), "400": jsonResponse("a bad page number", ERROR) },
          security: [],
        },
      },
      "/hello": {
        get: {
          operationId: "hello",
          summary: "The cheapest endpoint there is (plain text, no auth)",
          responses: { "200": { description: "hello", content: { "text/plain": { schema: { type: "string" } } } } },
          security: [],
        },
      },
    },
    components: {
      schemas: { Error: ERROR, Token: TOKEN },
      securitySchemes: {
        bearerAccessToken: { type: "http", scheme: "bearer", description: "a token from POST /api/token" },
        wechatAccessToken: {
          type: "apiKey",
          in: "query",
          name: "access_token",
          description: "a token from GET /cgi-bin/token, in the query as WeChat takes it",
        },
      },
    },
  };
}
