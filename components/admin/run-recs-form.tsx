"use client";
// Admin form: run the weekly recommendation build now (the action comes from the page; a blank week
// is this week). The outcome goes to the console's notice; a refused week shows here.
import type { FormAction } from "@/lib/core/form";
import { Input } from "@/components/ui/field";
import { AdminForm } from "./admin-form";

export function RunRecsForm({ defaultWeek, action }: { defaultWeek: string; action: FormAction }) {
  return (
    <AdminForm action={action} submitLabel="추천 생성 실행" layout="row">
      <label className="text-sm">
        <span className="mb-1 block text-stone-600">주차 (ISO)</span>
        <Input name="week" defaultValue={defaultWeek} className="w-36" aria-label="주차" />
      </label>
    </AdminForm>
  );
}
