// Every route handler under app/api comes from one operation declaration, the registry lists exactly
// those, and the generated OpenAPI document carries each one's request and response schemas.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/openapi/operations";
import { openApiDocument } from "@/lib/openapi/spec";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? routeFiles(full) : name === "route.ts" ? [full] : [];
  });
}

async function implemented() {
  const out: { key: string; declared: string | null }[] = [];
  for (const file of routeFiles("app/api")) {
    const route = "/" + path.dirname(file).split(path.sep).slice(1).join("/").replace(/\[([^\]]+)\]/g, "{$1}");
    if (route.startsWith("/api/auth/{...nextauth}")) continue; // Auth.js' own endpoints
    const mod = (await import(path.resolve(file))) as Record<string, { operation?: { method: string; path: string } }>;
    for (const method of METHODS) {
      const handler = mod[method];
      if (!handler) continue;
      out.push({ key: `${method} ${route}`, declared: handler.operation ? `${handler.operation.method} ${handler.operation.path}` : null });
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

describe("operation declarations", () => {
  it("every route export is the handler of the declaration for its own method and path", async () => {
    for (const { key, declared } of await implemented()) expect(declared, key).toBe(key);
  }, 60_000);

  it("the registry lists exactly the implemented operations, once each", async () => {
    const registry = OPERATIONS.map((o) => `${o.method} ${o.path}`);
    expect(new Set(registry).size).toBe(registry.length);
    expect([...registry].sort()).toEqual((await implemented()).map((r) => r.key).sort());
  }, 60_000);
});

/** the parts of a generated document these tests read (JSON Schema nodes stay loosely typed) */
type Json = { [key: string]: Json } & Record<string, unknown>;
type Doc = { openapi: string; paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };

describe("OpenAPI document", () => {
  const doc = openApiDocument("http://localhost:3000") as unknown as Doc;

  it("documents every operation with its request and response schemas", () => {
    expect(doc.openapi).toBe("3.1.0");
    for (const op of OPERATIONS) {
      const entry = doc.paths[op.path]?.[op.method.toLowerCase()];
      expect(entry, `${op.method} ${op.path}`).toBeDefined();
      const ok = entry.responses[String(op.status ?? 200)];
      expect(ok.content, `${op.method} ${op.path} success content`).toBeDefined();
      if (op.body) {
        const body = Object.values(entry.requestBody.content)[0].schema;
        expect("type" in body || "anyOf" in body || "oneOf" in body, `${op.method} ${op.path} request schema`).toBe(true);
      }
      if (op.params) expect((entry.parameters as unknown as { in: string }[]).filter((p) => p.in === "path").length).toBeGreaterThan(0);
    }
  });

  it("a request body shows its fields (POST /api/likes)", () => {
    const likes = doc.paths["/api/likes"].post;
    expect(Object.keys(likes.requestBody.content["application/json"].schema.properties)).toEqual(expect.arrayContaining(["toUserId", "batchWeek"]));
  });

  it("the profile operations document what the handlers return ({ profile } / { preferences })", () => {
    const schemaOf = (p: string) => doc.paths[p].put.responses["200"].content["application/json"].schema.properties;
    expect(Object.keys(schemaOf("/api/profile"))).toEqual(["profile"]);
    expect(Object.keys(schemaOf("/api/preferences"))).toEqual(["preferences"]);
  });

  it("errors reference the one error schema, whose codes are the AppError codes", () => {
    const err = doc.components.schemas.Error.properties.error.properties.code;
    expect(err.enum).toEqual(expect.arrayContaining(["NOT_FOUND", "VALIDATION_FAILED", "UNAVAILABLE", "RATE_LIMITED"]));
    expect(doc.paths["/api/matches/{id}"].get.responses["404"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" });
  });
});
