// GET /api/me/export – download everything the service holds about me, as a JSON attachment
import { exportMyData } from "@/lib/members/export-my-data";
import { withMember } from "@/lib/http/route";

export const GET = withMember(
  async ({ actor }) => {
    const data = await exportMyData({ actor });
    const day = data.exportedAt.slice(0, 10).replaceAll("-", "");
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="inyeon-my-data-${day}.json"`,
        "cache-control": "no-store",
      },
    });
  },
  { allowOnboarding: true },
);
