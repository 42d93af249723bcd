// GET /api/admin/marketing/audience – how many members consent to 광고 now
import { route } from "@/lib/http/route";
import { marketingAudienceOperation } from "@/lib/notifications/campaigns";

export const GET = route(marketingAudienceOperation);
