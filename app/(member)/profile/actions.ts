"use server";
// /profile form → the same use case as PUT /api/profile (form fields mapped to the JSON request shape).
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { requireMember } from "@/lib/auth/page-actor";
import { checked, text, type ActionState } from "@/lib/core/form";
import { parseWith } from "@/lib/core/parse";
import { actionFailure } from "@/lib/http/action-failure";
import { scheduleFirstList } from "@/lib/recommendations/top-up-first-list";
import { ZProfileRequest } from "@/lib/profiles/schemas";
import { updateProfile } from "@/lib/profiles/update-profile";

const VISIBILITY_FIELDS = ["age", "height", "region", "job", "intro", "photos"] as const;

/** "" → null (not given); anything else → a number (NaN fails validation with a Korean message). */
const optionalNumber = (v: string) => (v.trim() === "" ? null : Number(v));
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
  // profile + preferences complete → the first list comes now, not next Monday (after the response)
  scheduleFirstList(after, actor.userId);
  revalidatePath("/profile");
  revalidatePath("/me");
  return { ok: true, message: "프로필을 저장했어요." };
}
