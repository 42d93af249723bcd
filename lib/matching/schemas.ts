// zod request/response schemas of likes and matches (POST /api/likes, GET /api/matches[/{id}]).
import { z } from "zod";
import { ZWeek } from "@/lib/core/week";
import { ZPublicProfile } from "@/lib/profiles/public-profile";
import { zId, ZMemberId } from "@/lib/core/ids";

export const ZLikeRequest = z.object({
  toUserId: ZMemberId,
  batchWeek: ZWeek,
});
export type LikeRequest = z.infer<typeof ZLikeRequest>;

export const ZMatchStatus = z.enum(["PENDING", "ACTIVE", "CLOSED"]);

export const ZMatchRef = z.object({ id: z.uuid(), status: ZMatchStatus });
export type MatchRef = z.infer<typeof ZMatchRef>;

export const ZLikeResponse = z.object({
  ok: z.literal(true),
  liked: z.literal(true),
  match: ZMatchRef.nullable(),
});
export type LikeResponse = z.infer<typeof ZLikeResponse>;

export const ZMatchDto = z.object({
  id: z.uuid(),
  status: ZMatchStatus,
  source: z.enum(["MUTUAL_LIKE", "ADMIN"]),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  activatedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedReason: z.string().nullable(),
});
export type MatchDto = z.infer<typeof ZMatchDto>;

export const ZMatchListItem = ZMatchDto.extend({ otherProfile: ZPublicProfile.nullable() });
export type MatchListItem = z.infer<typeof ZMatchListItem>;

export const ZMatchList = z.object({ matches: z.array(ZMatchListItem) });

export const ZMatchDetail = z.object({ match: ZMatchDto, otherProfile: ZPublicProfile.nullable() });
export type MatchDetail = z.infer<typeof ZMatchDetail>;

/** A malformed id in the path is a 404 (parseParams), never a hint that the record exists. */
export const ZMatchIdParams = z.object({ id: zId() });

type MatchRow = {
  id: string;
  status: MatchDto["status"];
  source: MatchDto["source"];
  createdAt: Date;
  expiresAt: Date | null;
  activatedAt: Date | null;
  closedAt: Date | null;
  closedReason: string | null;
};

export const matchDtoSelect = {
  id: true,
  userAId: true,
  userBId: true,
  status: true,
  source: true,
  createdAt: true,
  expiresAt: true,
  activatedAt: true,
  closedAt: true,
  closedReason: true,
} as const;

export function toMatchDto(m: MatchRow): MatchDto {
  return {
    id: m.id,
    status: m.status,
    source: m.source,
    createdAt: m.createdAt.toISOString(),
    expiresAt: m.expiresAt?.toISOString() ?? null,
    activatedAt: m.activatedAt?.toISOString() ?? null,
    closedAt: m.closedAt?.toISOString() ?? null,
    closedReason: m.closedReason,
  };
}

/** a member who liked the caller and is still unanswered ("받은 좋아요", lib/matching/list-received-likes.ts) */
export const ZReceivedLike = z.object({
  likedAt: z.string(),
  profile: ZPublicProfile,
});
export type ReceivedLike = z.infer<typeof ZReceivedLike>;
