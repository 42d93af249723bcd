// GET /api/healthz – liveness with a database check (503 with the error shape when it is down)
import { route } from "@/lib/http/route";
import { healthOperation } from "@/lib/system/health";

export const dynamic = "force-dynamic";
export const GET = route(healthOperation);
