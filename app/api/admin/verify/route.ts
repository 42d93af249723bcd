// GET /api/admin/verify – confirms the caller is an admin (seed A's /admin/verify)
import { withAdmin } from "@/lib/http/route";

export const GET = withAdmin(async ({ actor }) => ({ ok: true, userId: actor.userId, role: actor.role }));
