"use server";
// /preferences form: PUT /api/preferences derived from its operation (which also asks for the first
// list once profile + preferences are complete).
import { revalidatePath } from "next/cache";
import { numberField, optionalText, texts } from "@/lib/core/form";
import { action } from "@/lib/http/action";
import { updatePreferencesOperation } from "@/lib/profiles/update-preferences";

export const savePreferencesAction = action(updatePreferencesOperation, {
  form: (fd) => ({
    targetGender: optionalText(fd, "targetGender"),
    ageMin: numberField(fd, "ageMin"),
    ageMax: numberField(fd, "ageMax"),
    regions: texts(fd, "regions"),
    keywords: texts(fd, "keywords"),
  }),
  done: () => {
    revalidatePath("/preferences");
    revalidatePath("/me");
    return { message: "이상형 조건을 저장했어요." };
  },
});
