// GET /api/metrics – Prometheus metrics of this instance (Bearer METRICS_TOKEN)
import { route } from "@/lib/http/route";
import { getMetricsOperation } from "@/lib/observability/get-metrics";

export const dynamic = "force-dynamic";
export const GET = route(getMetricsOperation);
