"use client";
// Onboarding form: the identity (verified through 본인인증, shown read-only; or typed where verification
// is switched off), the 19+ confirmation and the three required agreements.
import { useEffect, useRef } from "react";
import type { FormAction } from "@/lib/core/form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { CONTACT_CONSENT_LABEL } from "@/lib/matching/contact-consent-text";
import { ContactConsentTerms } from "@/components/matching/contact-consent-terms";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { GENDER_LABEL } from "@/lib/core/labels";

type Doc = { name: string; label: string; title: string; path: string; version: string };

type Verified = { name: string; birthDate: string; gender: "M" | "F" | null };

/** `submit`: the page's action (POST /api/onboarding); `verified`: the 본인인증 result (null = typed details) */
export function OnboardingForm({ documents, submit, verified = null }: { documents: Doc[]; submit: FormAction; verified?: Verified | null }) {
  const { state, onSubmit, pending, fieldError: err } = useFormAction(submit);
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  // after a refused submit the errors may be above the viewport: focus the first field in error (its
  // message is announced through role=alert), or the summary message when no field is named
  useEffect(() => {
    if (state.ok || (!state.message && !state.fields)) return;
    const first = Object.keys(state.fields ?? {})
      .map((name) => formRef.current?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`))
      .find((el): el is HTMLElement => !!el);
    const target = first ?? messageRef.current;
    target?.focus();
    target?.scrollIntoView({ block: "center" });
  }, [state]);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-5" noValidate>
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        <FormMessage state={state} />
      </div>
      {verified ? <VerifiedIdentity {...verified} /> : <TypedIdentity err={err} />}

      <fieldset className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold text-stone-800">약관 동의</legend>
        {documents.map((d) => (
          <Agreement key={d.name} name={d.name} error={err(d.name)}>
            {d.label}{" "}
            <a href={d.path} target="_blank" rel="noreferrer" className="text-xs text-brand-600 underline">
              {d.title} 보기
            </a>
            <span className="ml-1 text-xs text-stone-400">(버전 {d.version})</span>
          </Agreement>
        ))}
        <Agreement name="confirmAdult" error={err("confirmAdult")}>
          만 19세 이상입니다 (필수)
        </Agreement>
      </fieldset>

      <fieldset className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold text-stone-800">연락처 제공 동의 (선택)</legend>
        <ContactConsentTerms />
        <Agreement name="agreeContactSharing" error={err("agreeContactSharing")}>
          {CONTACT_CONSENT_LABEL}
        </Agreement>
        <p className="text-xs text-stone-500">지금 동의하지 않아도 가입할 수 있어요. 매칭이 성사되면 매칭 화면에서 다시 여쭤볼게요.</p>
      </fieldset>

      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "가입하는 중…" : "동의하고 가입하기"}
      </Button>
    </form>
  );
}

function Agreement({ name, error, children }: { name: string; error?: string; children: React.ReactNode }) {
  return (
    <div>
      <label className="flex items-start gap-2 text-sm text-stone-700">
        <input type="checkbox" name={name} className="mt-0.5 h-4 w-4 accent-brand-500" />
        <span>{children}</span>
      </label>
      {error ? (
        <p role="alert" className="ml-6 mt-1 text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function TypedIdentity({ err }: { err: (name: string) => string | undefined }) {
  return (
    <>
      <Field label="이름 (실명)" htmlFor="realName" error={err("realName")}>
        <Input id="realName" name="realName" autoComplete="name" required maxLength={30} placeholder="홍길동" />
      </Field>
      <Field label="휴대폰 번호" htmlFor="phone" error={err("phone")} hint="010-1234-5678 형식으로 입력해 주세요.">
        <Input id="phone" name="phone" type="tel" inputMode="tel" autoComplete="tel-national" required placeholder="010-1234-5678" />
      </Field>
      <Field label="생년월일" htmlFor="birthDate" error={err("birthDate")} hint="만 19세 이상만 가입할 수 있어요.">
        <Input id="birthDate" name="birthDate" type="date" required min="1900-01-01" />
      </Field>
      <Field label="성별" htmlFor="gender" error={err("gender")} hint="가입한 뒤에는 바꿀 수 없어요.">
        <Select id="gender" name="gender" required defaultValue="">
          <option value="" disabled>
            선택해 주세요
          </option>
          <option value="M">남성</option>
          <option value="F">여성</option>
        </Select>
      </Field>
    </>
  );
}

function VerifiedIdentity({ name, birthDate, gender }: Verified) {
  return (
    <section aria-labelledby="verified-title" className="rounded-2xl border border-emerald-200 bg-emerald-50 p-4">
      <h2 id="verified-title" className="text-sm font-semibold text-emerald-800">
        ✓ 본인인증 완료
      </h2>
      <dl className="mt-2 grid grid-cols-[5rem_1fr] gap-y-1 text-sm text-stone-700">
        <dt className="text-stone-500">이름</dt>
        <dd>{name}</dd>
        <dt className="text-stone-500">생년월일</dt>
        <dd>{birthDate}</dd>
        {gender ? (
          <>
            <dt className="text-stone-500">성별</dt>
            <dd>{GENDER_LABEL[gender]}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-2 text-xs text-stone-500">본인인증한 정보로 가입해요. 다른 회원에게는 공개하지 않아요.</p>
    </section>
  );
}
