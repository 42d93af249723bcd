// The OpenAPI document lists exactly the route handlers under app/api (method + path), and every
// schema in it converts to JSON Schema.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument, OPERATIONS } from "@/lib/openapi/spec";

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? routeFiles(full) : name === "route.ts" ? [full] : [];
  });
}

function implemented(): string[] {
  const out: string[] = [];
  for (const file of routeFiles("app/api")) {
    const route = "/" + path.dirname(file).split(path.sep).slice(1).join("/").replace(/\[([^\]]+)\]/g, "{$1}");
    if (route.startsWith("/api/auth/{...nextauth}")) continue; // Auth.js' own endpoints
    for (const m of readFileSync(file, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) out.push(`${m[1].toLowerCase()} ${route}`);
  }
  return out.sort();
}

describe("OpenAPI document", () => {
  it("documents every route handler and nothing else", () => {
    const documented = OPERATIONS.map((o) => `${o.method} ${o.path}`).sort();
    expect(documented).toEqual(implemented());
  });

  it("renders a valid-looking 3.1 document with JSON schemas for bodies", () => {
    const doc = openApiDocument("http://localhost:3000");
    expect(doc.openapi).toBe("3.1.0");
    const likes = doc.paths["/api/likes"].post as { requestBody: { content: { "application/json": { schema: { properties: Record<string, unknown> } } } } };
    expect(Object.keys(likes.requestBody.content["application/json"].schema.properties)).toEqual(expect.arrayContaining(["toUserId", "batchWeek"]));
  });
});
