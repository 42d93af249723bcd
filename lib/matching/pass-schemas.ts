// zod request/response schemas of saying no: a pass ("관심 없음", POST /api/passes) and undoing a
// like sent by mistake (DELETE /api/likes/{toUserId}).
import { z } from "zod";
import { strictObject } from "@/lib/core/parse";
import { ZWeek } from "@/lib/core/week";
import { zId, ZMemberId } from "@/lib/core/ids";

export const ZPassRequest = strictObject({ toUserId: ZMemberId, batchWeek: ZWeek });
export type PassRequest = z.infer<typeof ZPassRequest>;
export const ZPassResponse = z.object({ ok: z.literal(true), passed: z.literal(true) });
export type PassResponse = z.infer<typeof ZPassResponse>;

/** a malformed id names no like of the caller's: 404 */
export const ZUnlikeParams = z.object({ toUserId: zId() });
export const ZUnlikeResponse = z.object({ ok: z.literal(true), liked: z.literal(false) });
export type UnlikeResponse = z.infer<typeof ZUnlikeResponse>;
