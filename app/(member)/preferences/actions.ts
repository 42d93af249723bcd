"use server";
// /preferences form → the same use case as PUT /api/preferences.
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { requireMember } from "@/lib/auth/page-actor";
import { text, type ActionState } from "@/lib/core/form";
import { parseWith } from "@/lib/core/parse";
import { actionFailure } from "@/lib/http/action-failure";
import { scheduleFirstList } from "@/lib/recommendations/top-up-first-list";
import { ZPreferencesRequest } from "@/lib/profiles/schemas";
import { updatePreferences } from "@/lib/profiles/update-preferences";

/** "" → undefined (required: zod says so in Korean); anything else → a number. */
const requiredNumber = (v: string) => (v.trim() === "" ? undefined : Number(v));
const strings = (fd: FormData, name: string) => fd.getAll(name).filter((v): v is string => typeof v === "string");

export async function savePreferencesAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireMember();
  try {
    const input = parseWith(ZPreferencesRequest, {
      targetGender: text(fd, "targetGender") || undefined,
      ageMin: requiredNumber(text(fd, "ageMin")),
      ageMax: requiredNumber(text(fd, "ageMax")),
      regions: strings(fd, "regions"),
      keywords: strings(fd, "keywords"),
    });
    await updatePreferences({ actor, input });
  } catch (err) {
    return actionFailure(err);
  }
  // profile + preferences complete → the first list comes now, not next Monday (after the response)
  scheduleFirstList(after, actor.userId);
  revalidatePath("/preferences");
  revalidatePath("/me");
  return { ok: true, message: "이상형 조건을 저장했어요." };
}
