// GET /api/cron/weekly-recommendations – Vercel Cron (Monday 10:00 KST): weekly recommendations, expiry of unpaid matches
import { route } from "@/lib/http/route";
import { weeklyCronOperation } from "@/lib/recommendations/run-weekly-job";

export const maxDuration = 60;
export const dynamic = "force-dynamic";
export const GET = route(weeklyCronOperation);
