// GET|POST /api/blocks – my blocks · block a member (effective both ways)
import { route } from "@/lib/http/route";
import { listBlocksOperation } from "@/lib/members/list-blocks";
import { blockMemberOperation } from "@/lib/members/block-member";

export const GET = route(listBlocksOperation);
export const POST = route(blockMemberOperation);
