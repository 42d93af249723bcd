"use client";
// The answer box of the help desk inbox with a canned-answer picker: choosing one puts its text in
// the box to edit before sending (the canned texts come from the page).
import { useState } from "react";
import { Select, Textarea } from "@/components/ui/field";

export function CannedAnswerField({ id, canned }: { id: string; canned: readonly { id: string; label: string; text: string }[] }) {
  const [value, setValue] = useState("");
  return (
    <>
      <label className="block text-sm" htmlFor={`canned-${id}`}>자주 쓰는 답변</label>
      <Select id={`canned-${id}`} defaultValue="" onChange={(e) => setValue(canned.find((c) => c.id === e.target.value)?.text ?? value)}>
        <option value="">직접 작성</option>
        {canned.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
      </Select>
      <label className="block text-sm" htmlFor={`answer-${id}`}>답변</label>
      <Textarea id={`answer-${id}`} name="body" rows={4} maxLength={4000} value={value} onChange={(e) => setValue(e.target.value)} />
    </>
  );
}
