// GET /api/healthz/ready – readiness: database, migrations applied, Redis and S3 when configured (503 names what failed)
import { route } from "@/lib/http/route";
import { readinessOperation } from "@/lib/system/readiness";

export const dynamic = "force-dynamic";
export const GET = route(readinessOperation);
