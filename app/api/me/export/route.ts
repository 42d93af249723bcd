// GET /api/me/export – everything the service holds about me, as a JSON attachment
import { route } from "@/lib/http/route";
import { exportMyDataOperation } from "@/lib/members/export-my-data";

export const GET = route(exportMyDataOperation);
