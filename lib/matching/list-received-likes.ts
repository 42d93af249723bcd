// "받은 좋아요": members who liked the caller and whom the caller has not answered yet, so a like is
// never a dead end. Hidden: members the caller liked back or passed on ("관심 없음"), pairs that
// already have a match, blocked (either way), banned, withdrawn or deleted members.
// One SQL round trip (Prisma's relation reads took three, two of them `IN (NULL)` when empty).
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import type { ProfileRow } from "@/lib/profiles/public-profile";
import type { ReceivedLike } from "./schemas";
import { visibleToSql } from "./member-visibility";
import { PUBLIC_PROFILE_COLUMNS, toPublicProfiles } from "./profile-views";

const MAX_RECEIVED = 50;

export async function listReceivedLikes({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<ReceivedLike[]> {
  const me = actor.userId;
  const rows = await prisma.$queryRaw<(ProfileRow & { likedAt: Date })[]>`
    SELECT l."createdAt" AS "likedAt", ${PUBLIC_PROFILE_COLUMNS}
    FROM "Like" l
    JOIN "User" u ON u.id = l."fromId"
    JOIN "Profile" p ON p."userId" = u.id
    WHERE l."toId" = ${me}::uuid
      AND ${visibleToSql(me, "u")}
      AND NOT EXISTS (SELECT 1 FROM "Like" back WHERE back."fromId" = ${me}::uuid AND back."toId" = u.id)
      AND NOT EXISTS (SELECT 1 FROM "Pass" ps WHERE ps."userId" = ${me}::uuid AND ps."targetId" = u.id)
      AND NOT EXISTS (SELECT 1 FROM "Match" m WHERE m."userAId" = LEAST(u.id, ${me}::uuid) AND m."userBId" = GREATEST(u.id, ${me}::uuid))
    ORDER BY l."createdAt" DESC, l.id
    LIMIT ${MAX_RECEIVED}`;
  const profiles = await toPublicProfiles(rows, { now });
  return rows.map((l, i) => ({ likedAt: l.likedAt.toISOString(), profile: profiles[i] }));
}
