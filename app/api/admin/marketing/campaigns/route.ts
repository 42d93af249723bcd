// GET|POST /api/admin/marketing/campaigns – the 광고 messages, and scheduling one (audited)
import { route } from "@/lib/http/route";
import { listCampaignsOperation, scheduleCampaignOperation } from "@/lib/notifications/campaigns";

export const GET = route(listCampaignsOperation);
export const POST = route(scheduleCampaignOperation);
