// The steps that stand between a member and a recommendation list, read from their own rows (the
// same facts as firstListState: lib/recommendations/top-up-first-list.ts), for the empty state of
// /recommendations (./empty-state.ts). 본인인증 is not among them: onboarding cannot finish without
// it (or it is switched off for everyone), so a member who reaches the list has it.
import { prisma } from "@/lib/db";
import type { MissingStep } from "./empty-state";

export async function missingSteps(userId: string): Promise<MissingStep[]> {
  const u = await prisma.user.findUnique({
    where: { id: userId },
    select: { role: true, status: true, profile: { select: { userId: true } }, preference: { select: { userId: true } }, photos: { select: { status: true } } },
  });
  if (!u) return [];
  if (u.role !== "MEMBER") return ["NOT_A_MEMBER"];
  const out: MissingStep[] = [];
  if (u.status === "MATCHED") out.push("MATCHED");
  if (!u.profile) out.push("PROFILE");
  if (!u.preference) out.push("PREFERENCES");
  const photos = new Set(u.photos.map((p) => p.status));
  if (!photos.has("APPROVED")) out.push(photos.has("PENDING") ? "PHOTO_PENDING" : photos.has("REJECTED") ? "PHOTO_REJECTED" : "PHOTO_NONE");
  return out;
}
