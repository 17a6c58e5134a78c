import { ZImportChoice, ZImportPreview } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { BadRequestError } from "../http/errors";
import { checkImportChoice, type ImportOffer } from "./check-import-choice";

const offer: ImportOffer = {
  preview: ZImportPreview.parse({
    format: "curl",
    requests: [0, 1].map((index) => ({
      index,
      where: `line ${index + 1}`,
      name: `GET /a${index}`,
      method: "GET",
      url: `http://127.0.0.1:4010/a${index}`,
    })),
  }),
  correlations: [
    {
      id: "0:orderId",
      param: "orderId",
      shown: "12345678",
      kind: "id",
      source: { requestIndex: 0, output: { name: "orderId", source: "body-json", expression: "$.id", match: 0 } },
      uses: [{ requestIndex: 1, field: "url" }],
      offerTokenProvider: false,
    },
  ],
  secrets: [{ requestIndex: 1, field: "header Authorization", param: "authorization", shown: "Basi••••" }],
};

function issuesOf(choice: unknown): string[] {
  try {
    checkImportChoice(ZImportChoice.parse(choice), offer);
    return [];
  } catch (error) {
    if (error instanceof BadRequestError) return error.issues;
    throw error;
  }
}

describe("checking an import choice against its preview", () => {
  it("accepts what the preview offers", () => {
    expect(issuesOf({ include: [0, 1], correlations: ["0:orderId"], secrets: ["1:header Authorization"] })).toEqual([]);
  });

  it("names each index and id the preview does not offer by its field path", () => {
    expect(
      issuesOf({
        include: [1, 7, 1],
        correlations: ["0:nope"],
        tokenProviderFrom: "0:orderId",
        secrets: ["0:header X"],
      }),
    ).toEqual([
      "choice.include.1: no request with index 7 in the preview",
      "choice.include.2: request 1 is chosen twice",
      'choice.correlations.0: no correlation "0:nope" in the preview',
      'choice.tokenProviderFrom: no token correlation "0:orderId" in the preview',
      'choice.secrets.0: no secret found at "0:header X" in the preview',
    ]);
  });
});
