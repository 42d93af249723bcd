"use server";
// Server actions of the /profile and /preferences forms, calling the same use cases as
// PUT /api/profile and PUT /api/preferences (form fields mapped to the JSON request shape).
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/page-actor";
import { parseWith } from "@/lib/core/parse";
import { checked, text, type ActionState } from "@/lib/core/form";
import { actionFailure } from "@/lib/http/action-failure";
import { ZPreferencesRequest, ZProfileRequest } from "./schemas";
import { updatePreferences } from "./update-preferences";
import { updateProfile } from "./update-profile";

const VISIBILITY_FIELDS = ["age", "height", "region", "job", "intro", "photos"] as const;

/** "" → null (not given); anything else → a number (NaN fails validation with a Korean message). */
const optionalNumber = (v: string) => (v.trim() === "" ? null : Number(v));
const requiredNumber = (v: string) => (v.trim() === "" ? undefined : Number(v));
const strings = (fd: FormData, name: string) => fd.getAll(name).filter((v): v is string => typeof v === "string");

export async function saveProfileAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const actor = await requireMember();
  try {
    const input = parseWith(ZProfileRequest, {
      nickname: text(fd, "nickname"),
      height: optionalNumber(text(fd, "height")),
      region: text(fd, "region") || undefined,
      job: text(fd, "job"),
      intro: text(fd, "intro"),
      keywords: strings(fd, "keywords"),
      visibility: Object.fromEntries(VISIBILITY_FIELDS.map((f) => [f, checked(fd, `visibility.${f}`)])),
    });
    await updateProfile({ actor, input });
  } catch (err) {
    return actionFailure(err);
  }
  revalidatePath("/profile");
  revalidatePath("/me");
  return { ok: true, message: "프로필을 저장했습니다." };
}

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
  revalidatePath("/preferences");
  revalidatePath("/me");
  return { ok: true, message: "이상형 조건을 저장했습니다." };
}
