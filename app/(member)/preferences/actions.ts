"use server";
// /preferences form: PUT /api/preferences derived from its operation (which also asks for the first
// list once profile + preferences are complete).
import { revalidatePath } from "next/cache";
import { numberField, optionalText, text, texts } from "@/lib/core/form";
import { action } from "@/lib/http/action";
import { updatePreferencesOperation } from "@/lib/profiles/update-preferences";
import { PREFERENCE_FIELDS } from "@/lib/profiles/constants";

export const savePreferencesAction = action(updatePreferencesOperation, {
  form: (fd) => ({
    targetGender: optionalText(fd, "targetGender"),
    ageMin: numberField(fd, "ageMin"),
    ageMax: numberField(fd, "ageMax"),
    regions: texts(fd, "regions"),
    keywords: texts(fd, "keywords"),
    religions: texts(fd, "religions"),
    smoking: texts(fd, "smoking"),
    drinking: texts(fd, "drinking"),
    maritalHistory: texts(fd, "maritalHistory"),
    children: texts(fd, "children"),
    minEducation: text(fd, "minEducation"),
    heightMin: numberField(fd, "heightMin", null),
    heightMax: numberField(fd, "heightMax", null),
    marriageTiming: texts(fd, "marriageTiming"),
    // a 꼭 on a field with no condition is refused by the schema with a message naming the field
    mustFields: PREFERENCE_FIELDS.filter((f) => text(fd, `strict.${f}`) === "must"),
  }),
  done: () => {
    revalidatePath("/preferences");
    revalidatePath("/me");
    return { message: "이상형 조건을 저장했어요." };
  },
});
