"use server";
// /profile form: PUT /api/profile derived from its operation (the first-list top-up after profile +
// preferences is part of the operation, so the page and the API behave the same).
import { revalidatePath } from "next/cache";
import { checked, numberField, optionalText, text, texts } from "@/lib/core/form";
import { action } from "@/lib/http/action";
import { updateProfileOperation } from "@/lib/profiles/update-profile";
import { MARRIAGE_FIELD_KEYS } from "@/lib/profiles/constants";

const VISIBILITY_FIELDS = ["age", "height", "region", "job", "intro", "photos", ...MARRIAGE_FIELD_KEYS] as const;

export const saveProfileAction = action(updateProfileOperation, {
  form: (fd) => ({
    nickname: text(fd, "nickname"),
    // "" is "not given" (null), not "missing"
    height: numberField(fd, "height", null),
    region: optionalText(fd, "region"),
    job: text(fd, "job"),
    intro: text(fd, "intro"),
    keywords: texts(fd, "keywords"),
    visibility: Object.fromEntries(VISIBILITY_FIELDS.map((f) => [f, checked(fd, `visibility.${f}`)])),
    // "" = 선택 안 함 (not answered)
    ...Object.fromEntries(MARRIAGE_FIELD_KEYS.map((f) => [f, text(fd, f)])),
  }),
  done: () => {
    revalidatePath("/profile");
    revalidatePath("/me");
    return { message: "프로필을 저장했어요." };
  },
});
