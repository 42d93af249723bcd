// PUT /api/preferences use case: create or replace the member's own matching preferences.
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { preferencesSelect, toPreferencesDto } from "./get-own-profile";
import type { PreferencesInput } from "./schemas";

export async function updatePreferences({ actor, input }: { actor: Actor; input: PreferencesInput }) {
  const data = { targetGender: input.targetGender, ageMin: input.ageMin, ageMax: input.ageMax, regions: input.regions, keywords: input.keywords };
  const preferences = await prisma.preference.upsert({
    where: { userId: actor.userId },
    create: { userId: actor.userId, ...data },
    update: data,
    select: preferencesSelect,
  });
  return { preferences: toPreferencesDto(preferences) };
}
