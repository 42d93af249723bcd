"use client";
// A group of checkbox "chips" (keywords, regions) posted as repeated form fields; with `max`, the
// unchecked chips are disabled once the limit is reached (the server enforces it as well).
import { useState } from "react";
import { FieldMessage } from "@/components/ui/field";

export function ChipCheckboxes({
  name,
  legend,
  options,
  defaultValue = [],
  max,
  hint,
  error,
  labels,
}: {
  name: string;
  legend: string;
  options: readonly string[];
  defaultValue?: readonly string[];
  max?: number;
  hint?: string;
  error?: string;
  /** the words shown for each option (enum-valued groups); default: the option itself */
  labels?: Readonly<Record<string, string>>;
}) {
  const [selected, setSelected] = useState<string[]>([...defaultValue]);
  const full = max !== undefined && selected.length >= max;
  const toggle = (value: string, on: boolean) => setSelected((s) => (on ? [...s, value] : s.filter((v) => v !== value)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-stone-700">
        {legend}
        {max !== undefined ? <span className="ml-1 text-xs text-stone-400">({selected.length}/{max})</span> : null}
      </legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => {
          const on = selected.includes(option);
          return (
            <label
              key={option}
              className={`inline-flex cursor-pointer items-center gap-1.5 rounded-full border px-3 py-1.5 text-xs has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-40 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-100 ${
                on ? "border-brand-500 bg-brand-50 text-brand-700" : "border-stone-300 bg-white text-stone-700"
              }`}
            >
              <input
                type="checkbox"
                name={name}
                value={option}
                checked={on}
                disabled={!on && full}
                onChange={(e) => toggle(option, e.target.checked)}
                className="h-3.5 w-3.5 accent-brand-500"
              />
              {labels?.[option] ?? option}
            </label>
          );
        })}
      </div>
      <FieldMessage hint={hint} error={error} />
    </fieldset>
  );
}
