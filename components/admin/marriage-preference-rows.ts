// The marriage preferences as rows of the admin member detail (issue 21): each stated condition in
// words, marked 꼭 or 되도록. Pure: the page renders them with its own row list.
import { PREFERENCE_FIELD_LABEL } from "@/lib/core/labels";
import { MARRIAGE_FIELDS } from "@/lib/profiles/constants";
import type { PreferencesDto } from "@/lib/profiles/schemas";

export function marriagePreferenceRows(p: PreferencesDto): [string, string][] {
  const list = (key: keyof typeof MARRIAGE_FIELDS, values: readonly string[]) => values.map((v) => MARRIAGE_FIELDS[key].labels[v]).join(", ");
  const stated: [PreferencesDto["mustFields"][number], string][] = [];
  if (p.religions.length) stated.push(["RELIGION", list("religion", p.religions)]);
  if (p.smoking.length) stated.push(["SMOKING", list("smoking", p.smoking)]);
  if (p.drinking.length) stated.push(["DRINKING", list("drinking", p.drinking)]);
  if (p.maritalHistory.length) stated.push(["MARITAL_HISTORY", list("maritalHistory", p.maritalHistory)]);
  if (p.children.length) stated.push(["CHILDREN", list("children", p.children)]);
  if (p.minEducation) stated.push(["EDUCATION", `${MARRIAGE_FIELDS.education.labels[p.minEducation]} 이상`]);
  if (p.heightMin !== null || p.heightMax !== null) stated.push(["HEIGHT", `${p.heightMin ?? ""}–${p.heightMax ?? ""}cm`]);
  if (p.marriageTiming.length) stated.push(["MARRIAGE_TIMING", list("marriageTiming", p.marriageTiming)]);
  if (stated.length === 0) return [["결혼 조건", "없음"]];
  return stated.map(([f, text]) => [PREFERENCE_FIELD_LABEL[f], `${p.mustFields.includes(f) ? "꼭" : "되도록"} · ${text}`]);
}
