// GET /api/healthz – liveness with a database check (503 with the error shape when it is down)
import { withPublic } from "@/lib/http/route";
import { checkHealth } from "@/lib/system/health";

export const dynamic = "force-dynamic";
export const GET = withPublic(async () => checkHealth());
