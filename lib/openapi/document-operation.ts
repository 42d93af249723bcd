// GET /api/openapi.json: the document generated from every operation declaration.
import { z } from "zod";
import { defineOperation } from "@/lib/core/operation";
import { env } from "@/lib/env";

export const openApiOperation = defineOperation({
  method: "GET",
  path: "/api/openapi.json",
  access: "public",
  tag: "system",
  summary: "이 API의 OpenAPI 3.1 문서",
  output: z.object({ openapi: z.literal("3.1.0"), info: z.record(z.string(), z.unknown()), paths: z.record(z.string(), z.unknown()) }).loose(),
  // imported lazily: the document imports the registry, which imports this declaration
  run: async () => (await import("./spec")).openApiDocument(env.APP_URL),
});
