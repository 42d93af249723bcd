// "받은 좋아요": members who liked the caller and whom the caller has not answered yet, so a like is
// never a dead end. Hidden: members the caller liked back or passed on ("관심 없음"), pairs that
// already have a match, blocked (either way), banned, withdrawn or deleted members.
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import type { ReceivedLike } from "@/lib/recommendations/member-schemas";
import { visibleToWhere } from "./member-visibility";
import { publicProfileSelect, toPublicProfiles } from "./profile-views";

const MAX_RECEIVED = 50;

export async function listReceivedLikes({ actor, excludeUserIds = [], now = new Date() }: { actor: Actor; excludeUserIds?: string[]; now?: Date }): Promise<ReceivedLike[]> {
  const me = actor.userId;
  const likes = await prisma.like.findMany({
    where: {
      toId: me,
      fromId: { notIn: excludeUserIds },
      from: {
        ...visibleToWhere(me),
        profile: { isNot: null },
        likesReceived: { none: { fromId: me } },
        passesReceived: { none: { userId: me } },
        matchesAsA: { none: { userBId: me } },
        matchesAsB: { none: { userAId: me } },
      },
    },
    orderBy: { createdAt: "desc" },
    take: MAX_RECEIVED,
    select: { createdAt: true, from: { select: { profile: { select: publicProfileSelect } } } },
  });
  const rows = likes.filter((l) => l.from.profile !== null);
  const profiles = await toPublicProfiles(rows.map((l) => l.from.profile!), { now });
  return rows.map((l, i) => ({ likedAt: l.createdAt.toISOString(), profile: profiles[i] }));
}
