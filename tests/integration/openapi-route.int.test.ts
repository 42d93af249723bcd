// GET /api/openapi.json serves the generated document: every declared operation, by method and path.
import { describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/openapi/operations";
import { openApiOperation } from "@/lib/openapi/document-operation";
import { callOp } from "../helpers/call-op";

describe("GET /api/openapi.json", () => {
  it("lists every declared operation with its operationId", async () => {
    const { status, body } = await callOp(openApiOperation);
    const paths = body.paths as Record<string, Record<string, { operationId: string }>>;
    expect(status).toBe(200);
    for (const op of OPERATIONS) expect(paths[op.path][op.method.toLowerCase()].operationId).toBe(op.operationId);
  });
});
