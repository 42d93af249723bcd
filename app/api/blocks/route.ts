// POST /api/blocks – block a member (idempotent; effective both ways) · GET /api/blocks – my blocks
import { blockMember } from "@/lib/members/block-member";
import { listBlocks } from "@/lib/members/list-blocks";
import { ZBlockRequest } from "@/lib/members/schemas";
import { parseBody } from "@/lib/core/parse";
import { json, withMember } from "@/lib/http/route";

export const POST = withMember(async ({ req, actor }) => {
  const { created, ...block } = await blockMember({ actor, ...(await parseBody(req, ZBlockRequest)) });
  return json({ block }, { status: created ? 201 : 200 });
});

export const GET = withMember(async ({ actor }) => listBlocks({ actor }));
