// PUT /api/preferences use case: create or replace the member's own matching preferences.
import { prisma } from "@/lib/db";
import { z } from "zod";
import type { Actor } from "@/lib/core/actor";
import { defineOperation, type RunContext } from "@/lib/core/operation";
import { scheduleFirstList } from "@/lib/recommendations/top-up-first-list";
import { preferencesSelect, toPreferencesDto } from "./get-own-profile";
import { ZPreferencesDto, ZPreferencesRequest, type PreferencesInput } from "./schemas";

type Defer = RunContext<"member", unknown>["defer"];

/** `defer`: work after the response (the operation's run context); the first-list top-up is queued there. */
export async function updatePreferences({ actor, input, defer }: { actor: Actor; input: PreferencesInput; defer: Defer }) {
  const data = {
    targetGender: input.targetGender, ageMin: input.ageMin, ageMax: input.ageMax, regions: input.regions, keywords: input.keywords,
    religions: input.religions, smoking: input.smoking, drinking: input.drinking, maritalHistory: input.maritalHistory, children: input.children,
    minEducation: input.minEducation, heightMin: input.heightMin, heightMax: input.heightMax, marriageTiming: input.marriageTiming, mustFields: input.mustFields,
  };
  const preferences = await prisma.preference.upsert({
    where: { userId: actor.userId },
    create: { userId: actor.userId, ...data },
    update: data,
    select: preferencesSelect,
  });
  // profile + preferences complete → the first list comes now, not next Monday (after the response)
  scheduleFirstList(defer, actor.userId);
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
  run: updatePreferences,
});
