// GET /api/openapi.json – the OpenAPI 3.1 document of this API
import { route } from "@/lib/http/route";
import { openApiOperation } from "@/lib/openapi/document-operation";

export const GET = route(openApiOperation);
