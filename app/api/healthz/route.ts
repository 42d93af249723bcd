// GET /api/healthz – liveness: the process is up and answering (no dependency checked; see /api/healthz/ready)
import { route } from "@/lib/http/route";
import { healthOperation } from "@/lib/system/health";

export const dynamic = "force-dynamic";
export const GET = route(healthOperation);
