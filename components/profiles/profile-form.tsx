"use client";
// The /profile form: public profile fields and per-field visibility. Gender and birth year are shown
// but fixed (they come from onboarding); photos are managed separately by the photo manager. The
// marriage fields (학력 … 희망 결혼 시기) are optional selects: "선택 안 함" = not answered.
import type { FormAction } from "@/lib/core/form";
import type { OwnProfileDto } from "@/lib/profiles/schemas";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { ChipCheckboxes } from "./chip-checkboxes";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { GENDER_LABEL } from "@/lib/core/labels";
import { MARRIAGE_FIELDS, MARRIAGE_FIELD_KEYS } from "@/lib/profiles/constants";

const VISIBILITY: { key: keyof OwnProfileDto["visibility"]; label: string }[] = [
  { key: "age", label: "나이" },
  { key: "height", label: "키" },
  { key: "region", label: "지역" },
  { key: "job", label: "직업" },
  { key: "intro", label: "자기소개" },
  { key: "photos", label: "사진" },
  ...MARRIAGE_FIELD_KEYS.map((key) => ({ key, label: MARRIAGE_FIELDS[key].name })),
];

type Props = {
  profile: OwnProfileDto | null;
  fixed: { gender: "M" | "F" | null; birthYear: number | null; suggestedNickname: string | null };
  regions: readonly string[];
  keywords: readonly string[];
  maxKeywords: number;
  /** the page's save action (PUT /api/profile) */
  save: FormAction;
};

export function ProfileForm({ profile, fixed, regions, keywords, maxKeywords, save }: Props) {
  const { state, onSubmit, pending, fieldError } = useFormAction(save);
  const visibility: Record<string, boolean> = profile?.visibility ?? { age: true, height: false, region: true, job: true, intro: true, photos: true, incomeBand: false };
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate aria-label="프로필">
      <FormMessage state={state} />
      <Field label="닉네임" htmlFor="nickname" error={fieldError("nickname")} hint="2~12자, 한글·영문·숫자·밑줄(_)">
        <Input id="nickname" name="nickname" required minLength={2} maxLength={12} defaultValue={profile?.nickname ?? fixed.suggestedNickname?.slice(0, 12) ?? ""} />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field label="성별" htmlFor="gender" hint="가입 정보라 바꿀 수 없어요">
          <Input id="gender" value={fixed.gender ? GENDER_LABEL[fixed.gender] : "-"} readOnly disabled />
        </Field>
        <Field label="출생연도" htmlFor="birthYear" hint="가입 정보라 바꿀 수 없어요">
          <Input id="birthYear" value={fixed.birthYear ? `${fixed.birthYear}년` : "-"} readOnly disabled />
        </Field>
      </div>
      <Field label="키 (cm)" htmlFor="height" error={fieldError("height")} hint="선택 · 140~210cm">
        <Input id="height" name="height" type="number" inputMode="numeric" min={140} max={210} defaultValue={profile?.height ?? ""} />
      </Field>
      <Field label="지역" htmlFor="region" error={fieldError("region")}>
        <Select id="region" name="region" required defaultValue={profile?.region ?? ""}>
          <option value="" disabled>
            선택해 주세요
          </option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="직업" htmlFor="job" error={fieldError("job")} hint="선택 · 30자 이하">
        <Input id="job" name="job" maxLength={30} defaultValue={profile?.job ?? ""} />
      </Field>
      <Field label="자기소개" htmlFor="intro" error={fieldError("intro")} hint="선택 · 500자 이하">
        <Textarea id="intro" name="intro" rows={5} maxLength={500} defaultValue={profile?.intro ?? ""} />
      </Field>
      <fieldset className="space-y-3" aria-describedby="marriage-hint">
        <legend className="text-sm font-semibold text-stone-800">결혼 정보</legend>
        <p id="marriage-hint" className="text-xs text-stone-500">
          결혼 상대를 고를 때 많이 보는 정보예요. 답한 항목만 추천에 쓰여요. 연 소득은 기본으로 비공개예요.
        </p>
        <div className="grid grid-cols-2 gap-3">
          {MARRIAGE_FIELD_KEYS.map((key) => (
            <Field key={key} label={MARRIAGE_FIELDS[key].name} htmlFor={key} error={fieldError(key)}>
              <Select id={key} name={key} defaultValue={profile?.[key] ?? ""}>
                <option value="">선택 안 함</option>
                {MARRIAGE_FIELDS[key].options.map((o) => (
                  <option key={o} value={o}>
                    {MARRIAGE_FIELDS[key].labels[o]}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </div>
      </fieldset>
      <ChipCheckboxes name="keywords" legend="나를 표현하는 키워드" options={keywords} defaultValue={profile?.keywords ?? []} max={maxKeywords} error={fieldError("keywords")} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-700">다른 회원에게 공개할 항목</legend>
        <div className="grid grid-cols-2 gap-2 text-sm">
          {VISIBILITY.map((v) => (
            <label key={v.key} className="flex items-center gap-2">
              <input type="checkbox" name={`visibility.${v.key}`} defaultChecked={visibility[v.key] ?? v.key !== "incomeBand"} className="h-4 w-4 accent-brand-500" />
              {v.label} 공개
            </label>
          ))}
        </div>
        <p className="text-xs text-stone-500">실명, 연락처, 생년월일은 다른 회원에게 공개되지 않아요.</p>
      </fieldset>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "저장하는 중…" : "프로필 저장하기"}
      </Button>
    </form>
  );
}
