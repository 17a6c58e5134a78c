import { ZImportPreview, type TCorrelation } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { choiceOf, hostOf, type ImportPreviewResult, initialSelection, isShown, pathOf } from "./import-view";

const preview = ZImportPreview.parse({
  format: "har",
  requests: [
    {
      index: 0,
      where: "entry 1",
      name: "POST /api/token",
      method: "POST",
      url: "http://127.0.0.1:4010/api/token",
      startedAtMs: 1000,
    },
    {
      index: 1,
      where: "entry 2",
      name: "GET /shop/style.css",
      method: "GET",
      url: "http://127.0.0.1:4010/shop/style.css",
      isStatic: true,
    },
    {
      index: 2,
      where: "entry 3",
      name: "GET /api/items",
      method: "GET",
      url: "http://127.0.0.1:4010/api/items?page=1",
    },
    {
      index: 3,
      where: "entry 4",
      name: "GET /api/items 2",
      method: "GET",
      url: "http://127.0.0.1:4010/api/items?page=1",
      duplicateOf: 2,
    },
    { index: 4, where: "entry 5", name: "GET /collect", method: "GET", url: "https://stats.example/collect" },
  ],
});

const token: TCorrelation = {
  id: "0:access_token",
  param: "access_token",
  shown: "eyJh••••",
  kind: "token",
  source: {
    requestIndex: 0,
    output: { name: "access_token", source: "body-json", expression: "$.access_token", match: 0 },
  },
  uses: [{ requestIndex: 2, field: "header Authorization" }],
  offerTokenProvider: true,
};

const result: ImportPreviewResult = {
  preview,
  hosts: [
    { host: "127.0.0.1:4010", count: 4 },
    { host: "stats.example", count: 1 },
  ],
  correlations: [token],
  secrets: [{ requestIndex: 0, field: "form field appsecret", param: "appsecret", shown: "demo••••" }],
};

describe("the import preview's selection", () => {
  it("leaves static assets and repeats out and takes every correlation and secret found", () => {
    const selection = initialSelection(result);
    expect([...selection.checked]).toEqual([0, 2, 4]);
    expect(choiceOf(result, selection)).toEqual({
      include: [0, 2, 4],
      thinkTimes: false,
      correlations: ["0:access_token"],
      tokenProviderFrom: undefined,
      secrets: ["0:form field appsecret"],
    });
  });

  it("never imports a request the filters hide, and a hidden static asset shown again stays unticked", () => {
    const selection = { ...initialSelection(result), hiddenHosts: new Set(["stats.example"]) };
    expect(choiceOf(result, selection).include).toEqual([0, 2]);
    const shown = { ...selection, hideStatic: false };
    expect(isShown(preview.requests[1]!, shown)).toBe(true);
    expect(choiceOf(result, shown).include).toEqual([0, 2]);
  });

  it("drops correlations, secrets and the token provider whose request is left out", () => {
    const selection = { ...initialSelection(result), tokenProviderFrom: "0:access_token" };
    expect(choiceOf(result, selection).tokenProviderFrom).toBe("0:access_token");
    const withoutToken = { ...selection, checked: new Set([2, 4]) };
    expect(choiceOf(result, withoutToken)).toMatchObject({
      include: [2, 4],
      correlations: [],
      tokenProviderFrom: undefined,
      secrets: [],
    });
  });

  it("offers think times only when the file kept timestamps", () => {
    const selection = { ...initialSelection(result), thinkTimes: true };
    expect(choiceOf(result, selection).thinkTimes).toBe(true);
    const curl = {
      ...result,
      preview: { ...preview, requests: preview.requests.map((r) => ({ ...r, startedAtMs: undefined })) },
    };
    expect(choiceOf(curl, selection).thinkTimes).toBe(false);
  });

  it("shows a templated URL's parameter as its host", () => {
    expect(hostOf("${base}/api/items")).toBe("${base}");
    expect(pathOf("${base}/api/items")).toBe("/api/items");
    expect(pathOf("http://h:1/a?b=1")).toBe("/a?b=1");
  });
});
