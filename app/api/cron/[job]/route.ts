// GET /api/cron/{job} – Vercel Cron: run one registered job (lib/jobs/registry.ts; vercel.json is generated from it)
import { route } from "@/lib/http/route";
import { cronJobOperation } from "@/lib/jobs/cron-operation";

// must cover every job's maxDurationSeconds (tests/unit/jobs-registry.test.ts); a literal, as Next requires
export const maxDuration = 300;
export const dynamic = "force-dynamic";
export const GET = route(cronJobOperation);
