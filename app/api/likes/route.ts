// POST /api/likes – like a recommended member (or like back someone who liked you); mutual → pending match
import { route } from "@/lib/http/route";
import { likeMemberOperation } from "@/lib/matching/like-member";

export const POST = route(likeMemberOperation);
