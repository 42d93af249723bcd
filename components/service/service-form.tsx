"use client";
// A small member form bound to a server action derived from an operation (passed in by the page):
// keeps what was typed on an error, shows the message (announced) and per-field errors, and can ask
// for confirmation first. Used by the consultation and help desk pages.
import type { FormAction } from "@/lib/core/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { FormMessage } from "@/components/ui/form-message";
import { Button } from "@/components/ui/button";

type Props = {
  action: FormAction;
  submitLabel: string;
  pendingLabel?: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  "aria-label"?: string;
  children?: React.ReactNode;
};

export function ServiceForm({ action, submitLabel, pendingLabel = "처리 중…", confirm, variant = "primary", className = "", children, ...rest }: Props) {
  const { state, onSubmit, pending } = useFormAction(action);
  const extra = [...new Set(Object.values(state.fields ?? {}).flat())].filter((m) => m !== state.message);
  return (
    <form
      aria-label={rest["aria-label"]}
      className={`space-y-2 ${className}`}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) {
          e.preventDefault();
          return;
        }
        onSubmit(e);
      }}
    >
      {children}
      <Button type="submit" variant={variant} disabled={pending} className="min-h-11 w-full">
        {pending ? pendingLabel : submitLabel}
      </Button>
      <FormMessage state={state} />
      {extra.length > 0 && !state.ok ? (
        <ul role="alert" className="list-disc pl-5 text-sm text-red-700">
          {extra.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
