// GET /api/openapi.json – the OpenAPI 3.1 document of this API
import { env } from "@/lib/env";
import { withPublic } from "@/lib/http/route";
import { openApiDocument } from "@/lib/openapi/spec";

export const GET = withPublic(async () => openApiDocument(env.APP_URL));
