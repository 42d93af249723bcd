// GET /api/me use case: the caller's own account. (Profile, preferences and membership join here
// as the members issue adds them.)
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/http/actor";
import { notFound } from "@/lib/http/errors";
import { toUserDto } from "./schemas";
import { signInUserSelect } from "./upsert-kakao-member";

export async function getMe({ actor }: { actor: Actor }) {
  const user = await prisma.user.findUnique({ where: { id: actor.userId }, select: signInUserSelect });
  if (!user) throw notFound("회원");
  return { user: toUserDto(user) };
}
