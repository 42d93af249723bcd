// PUT /api/preferences use case: create or replace the member's own matching preferences.
import { prisma } from "@/lib/db";
import { z } from "zod";
import type { Actor } from "@/lib/core/actor";
import { defineOperation } from "@/lib/core/operation";
import { scheduleFirstList } from "@/lib/recommendations/top-up-first-list";
import { preferencesSelect, toPreferencesDto } from "./get-own-profile";
import { ZPreferencesDto, ZPreferencesRequest, type PreferencesInput } from "./schemas";

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

export const updatePreferencesOperation = defineOperation({
  method: "PUT",
  path: "/api/preferences",
  access: "member",
  tag: "profiles",
  summary: "이상형(선호 조건) 저장",
  body: ZPreferencesRequest,
  output: z.object({ preferences: ZPreferencesDto }),
  run: async (ctx) => {
    const out = await updatePreferences(ctx);
    // profile + preferences complete → the first list comes now, not next Monday (after the response)
    scheduleFirstList(ctx.defer, ctx.actor.userId);
    return out;
  },
});
