"use client";
// The marriage part of the /preferences form: per field the accepted values (none = 상관없어요) and a
// choice between "꼭" (a both-way hard filter the weekly list never relaxes) and "되도록" (weighed
// by the score). Posted as repeated fields plus `strict.<FIELD>` = "must" | "soft".
import type { PreferencesDto } from "@/lib/profiles/schemas";
import { PREFERENCE_FIELD_LABEL } from "@/lib/core/labels";
import { MARRIAGE_FIELDS } from "@/lib/profiles/constants";
import { Input, Select } from "@/components/ui/field";
import { ChipCheckboxes } from "./chip-checkboxes";

type FieldName = PreferencesDto["mustFields"][number];

function Strictness({ field, must }: { field: FieldName; must: boolean }) {
  return (
    <div role="radiogroup" aria-label={`${PREFERENCE_FIELD_LABEL[field]} 조건의 중요도`} className="flex shrink-0 gap-1 text-xs">
      {(
        [
          ["must", "꼭"],
          ["soft", "되도록"],
        ] as const
      ).map(([value, label]) => (
        <label key={value} className="inline-flex cursor-pointer items-center rounded-full border border-stone-300 px-2.5 py-1 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-500 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-100">
          <input type="radio" name={`strict.${field}`} value={value} defaultChecked={must === (value === "must")} className="sr-only" />
          {label}
        </label>
      ))}
    </div>
  );
}

function Row({ field, must, children }: { field: FieldName; must: boolean; children: React.ReactNode }) {
  return (
    <div className="space-y-2 rounded-xl border border-stone-200 p-3">
      <div className="flex items-center justify-between gap-2">
        <span className="text-sm font-medium text-stone-700">{PREFERENCE_FIELD_LABEL[field]}</span>
        <Strictness field={field} must={must} />
      </div>
      {children}
    </div>
  );
}

const CHIP_FIELDS = [
  { field: "RELIGION", name: "religions", key: "religion" },
  { field: "SMOKING", name: "smoking", key: "smoking" },
  { field: "DRINKING", name: "drinking", key: "drinking" },
  { field: "MARITAL_HISTORY", name: "maritalHistory", key: "maritalHistory" },
  { field: "CHILDREN", name: "children", key: "children" },
  { field: "MARRIAGE_TIMING", name: "marriageTiming", key: "marriageTiming" },
] as const;

export function MarriagePreferenceFields({ preferences, fieldError, height }: { preferences: PreferencesDto | null; fieldError: (f: string) => string | undefined; height: { min: number; max: number } }) {
  const must = new Set(preferences?.mustFields ?? []);
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-stone-800">결혼 조건</legend>
      <p className="text-xs text-stone-500">
        고르지 않은 항목은 상관없다는 뜻이에요. <b>꼭</b>은 맞지 않는 분을 아예 추천하지 않고(상대도 마찬가지), <b>되도록</b>은 맞는 분을 먼저 보여 드려요. 그 항목에 답하지 않은 분은 &lsquo;꼭&rsquo;
        조건에는 추천되지 않아요.
      </p>
      {fieldError("mustFields") ? <p className="text-sm text-red-600">{fieldError("mustFields")}</p> : null}
      {CHIP_FIELDS.map(({ field, name, key }) => (
        <Row key={field} field={field} must={must.has(field)}>
          <ChipCheckboxes
            name={name}
            legend={`원하는 ${PREFERENCE_FIELD_LABEL[field]}`}
            options={MARRIAGE_FIELDS[key].options}
            labels={MARRIAGE_FIELDS[key].labels}
            defaultValue={preferences?.[name] ?? []}
            error={fieldError(name)}
          />
        </Row>
      ))}
      <Row field="EDUCATION" must={must.has("EDUCATION")}>
        <Select id="minEducation" name="minEducation" aria-label="최소 학력" defaultValue={preferences?.minEducation ?? ""}>
          <option value="">상관없어요</option>
          {MARRIAGE_FIELDS.education.options.map((o) => (
            <option key={o} value={o}>
              {MARRIAGE_FIELDS.education.labels[o]} 이상
            </option>
          ))}
        </Select>
      </Row>
      <Row field="HEIGHT" must={must.has("HEIGHT")}>
        <div className="grid grid-cols-2 gap-3">
          <Input name="heightMin" type="number" inputMode="numeric" aria-label="최소 키 (cm)" placeholder="최소 cm" min={height.min} max={height.max} defaultValue={preferences?.heightMin ?? ""} />
          <Input name="heightMax" type="number" inputMode="numeric" aria-label="최대 키 (cm)" placeholder="최대 cm" min={height.min} max={height.max} defaultValue={preferences?.heightMax ?? ""} />
        </div>
        {fieldError("heightMin") || fieldError("heightMax") ? <p className="text-sm text-red-600">{fieldError("heightMin") ?? fieldError("heightMax")}</p> : null}
      </Row>
    </fieldset>
  );
}
