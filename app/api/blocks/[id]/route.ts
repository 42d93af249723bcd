// DELETE /api/blocks/{id} – remove one of my own blocks (anyone else's is a 404)
import { unblockMember } from "@/lib/members/unblock-member";
import { ZBlockIdParams } from "@/lib/members/schemas";
import { parseParams } from "@/lib/core/parse";
import { withMember } from "@/lib/http/route";

export const DELETE = withMember(async ({ params, actor }) => {
  const { id } = await parseParams(params, ZBlockIdParams);
  return unblockMember({ actor, blockId: id });
});
