"use client";
// The /preferences form: who the member wants to be introduced to (target gender, age range,
// regions — none means 전국 — up to five valued keywords) and the marriage conditions, each 꼭 or 되도록.
// Once saved, the form offers the way on: "추천 보러 가기".
import type { FormAction } from "@/lib/core/form";
import type { PreferencesDto } from "@/lib/profiles/schemas";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { ChipCheckboxes } from "./chip-checkboxes";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { MarriagePreferenceFields } from "./marriage-preference-fields";

type Props = {
  preferences: PreferencesDto | null;
  defaults: { targetGender: "M" | "F" | null; ageMin: number; ageMax: number };
  limits: { ageMin: number; ageMax: number; maxKeywords: number; heightMin: number; heightMax: number };
  regions: readonly string[];
  keywords: readonly string[];
  /** the page's save action (PUT /api/preferences) */
  save: FormAction;
};

export function PreferencesForm({ preferences, defaults, limits, regions, keywords, save }: Props) {
  const { state, onSubmit, pending, fieldError } = useFormAction(save);
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate aria-label="이상형 조건">
      {state.ok ? null : <FormMessage state={state} />}
      <Field label="만나고 싶은 상대의 성별" htmlFor="targetGender" error={fieldError("targetGender")}>
        <Select id="targetGender" name="targetGender" required defaultValue={preferences?.targetGender ?? defaults.targetGender ?? ""}>
          <option value="" disabled>
            선택해 주세요
          </option>
          <option value="F">여성</option>
          <option value="M">남성</option>
        </Select>
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field label="최소 나이" htmlFor="ageMin" error={fieldError("ageMin")}>
          <Input id="ageMin" name="ageMin" type="number" inputMode="numeric" min={limits.ageMin} max={limits.ageMax} required defaultValue={preferences?.ageMin ?? defaults.ageMin} />
        </Field>
        <Field label="최대 나이" htmlFor="ageMax" error={fieldError("ageMax")}>
          <Input id="ageMax" name="ageMax" type="number" inputMode="numeric" min={limits.ageMin} max={limits.ageMax} required defaultValue={preferences?.ageMax ?? defaults.ageMax} />
        </Field>
      </div>
      <p className="-mt-3 text-xs text-stone-500">
        {limits.ageMin}~{limits.ageMax}세 사이에서 선택해 주세요.
      </p>
      <ChipCheckboxes name="regions" legend="선호 지역" options={regions} defaultValue={preferences?.regions ?? []} hint="선택하지 않으면 전국에서 추천해 드려요." error={fieldError("regions")} />
      <ChipCheckboxes name="keywords" legend="중요하게 생각하는 키워드" options={keywords} defaultValue={preferences?.keywords ?? []} max={limits.maxKeywords} error={fieldError("keywords")} />
      <MarriagePreferenceFields preferences={preferences} fieldError={fieldError} height={{ min: limits.heightMin, max: limits.heightMax }} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "저장하는 중…" : "이상형 저장하기"}
      </Button>
      {state.ok ? (
        // next to the button the member just pressed (the top of a long form is off a phone's screen), and the way on
        <div className="space-y-3">
          <FormMessage state={state} />
          <ButtonLink href="/recommendations" variant="secondary" className="w-full">
            추천 보러 가기
          </ButtonLink>
        </div>
      ) : null}
    </form>
  );
}
