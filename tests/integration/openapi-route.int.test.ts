// GET /api/openapi.json serves the generated document: every declared operation, by method and path.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/openapi.json/route";
import { OPERATIONS } from "@/lib/openapi/operations";
import { call } from "../helpers/http";

describe("GET /api/openapi.json", () => {
  it("lists every declared operation with its operationId", async () => {
    const { status, json } = await call(GET, "GET", "/api/openapi.json");
    expect(status).toBe(200);
    for (const op of OPERATIONS) expect(json.paths[op.path][op.method.toLowerCase()].operationId).toBe(op.operationId);
  });
});
