// POST /api/admin/marketing/campaigns/{id}/cancel – cancel a scheduled 광고 message (audited)
import { route } from "@/lib/http/route";
import { cancelCampaignOperation } from "@/lib/notifications/campaigns";

export const POST = route(cancelCampaignOperation);
