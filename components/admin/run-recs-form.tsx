"use client";
// Admin form: run the weekly recommendation build now.
import { useActionState } from "react";
import { runRecommendationsAction, type RunRecsState } from "@/app/admin/recommendations/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

const initial: RunRecsState = { message: null, error: false };

export function RunRecsForm({ defaultWeek }: { defaultWeek: string }) {
  const [state, action, pending] = useActionState(runRecommendationsAction, initial);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <label className="text-sm">
        <span className="mb-1 block text-stone-600">주차 (ISO)</span>
        <Input name="week" defaultValue={defaultWeek} className="w-36" aria-label="주차" />
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "생성 중…" : "추천 생성 실행"}
      </Button>
      {state.message ? (
        <p role="status" className={`w-full text-sm ${state.error ? "text-red-600" : "text-emerald-700"}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
