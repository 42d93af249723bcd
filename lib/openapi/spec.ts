// The OpenAPI 3.1 document of the JSON API (the seeds' FastAPI /docs), generated from the operation
// declarations (lib/openapi/operations.ts) with zod 4's own JSON Schema output: the schemas that parse
// requests and check responses are the ones documented, with no second library to keep in step.
import { z } from "zod";
import { ZErrorBody, ERROR_STATUS } from "@/lib/core/errors";
import type { Access, Operation } from "@/lib/core/operation";
import { OPERATIONS } from "./operations";

const schema = (s: z.ZodType, io: "input" | "output") => {
  const doc = z.toJSONSchema(s, { io, unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;
  delete doc.$schema; // the document states its dialect once, not per schema
  return doc;
};

function security(access: Access): Record<string, string[]>[] {
  if (access === "public") return [];
  if (access === "cron") return [{ cronSecret: [] }];
  if (typeof access === "object") return access.scheme === "none" ? [] : [{ [access.scheme]: [] }];
  return [{ bearer: [] }, { session: [] }];
}

/** Path, query and body parameters from the declared zod object schemas. */
function parameters(op: Operation) {
  const of = (s: z.ZodType | undefined, where: "path" | "query") => {
    if (!s) return [];
    const js = schema(s, "input") as { properties?: Record<string, { description?: string }>; required?: string[] };
    return Object.entries(js.properties ?? {}).map(([name, prop]) => ({
      name,
      in: where,
      required: where === "path" || (js.required ?? []).includes(name),
      ...(prop.description ? { description: prop.description } : {}),
      schema: prop,
    }));
  };
  return [...of(op.params, "path"), ...(op.bodyEncoding === "form" ? [] : of(op.query, "query"))];
}

const errorStatuses = (access: Access, op: Operation) => {
  const s = new Set<number>([ERROR_STATUS.INTERNAL, ERROR_STATUS.UNAVAILABLE]);
  if (access !== "public") s.add(401);
  if (access === "admin" || access === "member") s.add(403);
  if (op.params) s.add(404);
  if (op.body || op.query) s.add(422);
  if (op.body && op.bodyEncoding !== "form") s.add(415);
  if (op.body && (access === "member" || access === "onboarding" || access === "admin")) s.add(403);
  if (op.rateLimit) s.add(429);
  return [...s].sort();
};

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorRef = { $ref: "#/components/schemas/Error" };
  for (const op of OPERATIONS) {
    const params = parameters(op);
    const success = [op.status ?? 200, ...(op.otherStatuses ?? [])];
    const content = op.file ? { [op.file.contentType]: { schema: { type: "string" } } } : { "application/json": { schema: schema(op.output, "output") } };
    const contentType = op.bodyEncoding === "form" ? "application/x-www-form-urlencoded" : "application/json";
    (paths[op.path] ??= {})[op.method.toLowerCase()] = {
      operationId: op.operationId,
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      "x-access": typeof op.access === "string" ? op.access : `webhook:${op.access.webhook}`,
      security: security(op.access),
      ...(params.length ? { parameters: params } : {}),
      ...(op.body ? { requestBody: { required: true, content: { [contentType]: { schema: schema(op.body, "input") } } } } : {}),
      responses: {
        ...Object.fromEntries(success.map((s) => [String(s), { description: "성공", content }])),
        ...Object.fromEntries(errorStatuses(op.access, op).map((s) => [String(s), { description: "오류", content: { "application/json": { schema: errorRef } } }])),
      },
    };
  }
  return {
    openapi: "3.1.0" as const,
    info: { title: "인연 API", version: "1.0.0", description: "회원, 추천, 좋아요/매칭, 결제, 관리자 JSON API. 오류 응답은 모두 { error: { code, message } } 형식입니다." },
    servers: [{ url: serverUrl }],
    components: {
      schemas: { Error: schema(ZErrorBody, "output") },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "POST /api/auth/sync-kakao 가 발급한 HS256 JWT" },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
        cronSecret: { type: "http", scheme: "bearer", description: "CRON_SECRET" },
        kakaoAdminKey: { type: "apiKey", in: "header", name: "Authorization", description: "KakaoAK <admin key>" },
      },
    },
    paths,
  };
}
