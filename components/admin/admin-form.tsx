"use client";
// A small admin form bound to a server action derived from an operation (the page passes it in):
// keeps the typed values on an error and shows the message and the field errors here; asks for
// confirmation before destructive actions. Success goes to the console's notice (admin-notices.tsx),
// raised when the action answers: the same update may remove this form (its row is gone), and then
// it never renders again. `then` opens another page after success (the notice goes with it).
import { useRouter } from "next/navigation";
import type { ActionState, FormAction } from "@/lib/core/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { FormMessage } from "@/components/ui/form-message";
import { Button } from "@/components/ui/button";
import { useAdminNotice } from "./admin-notices";

type Props = {
  action: FormAction;
  submitLabel: string;
  /** asked with window.confirm before submitting */
  confirm?: string;
  /** the page to open after a success */
  then?: string;
  variant?: "primary" | "secondary" | "danger";
  /** fields stacked (default) or in one row with the button */
  layout?: "stack" | "row";
  className?: string;
  "aria-label"?: string;
  children?: React.ReactNode;
};

export function AdminForm({ action, submitLabel, confirm, then, variant = "primary", layout = "stack", className = "", children, ...rest }: Props) {
  const notify = useAdminNotice();
  const router = useRouter();
  const { state, onSubmit, pending } = useFormAction(async (prev, fd) => {
    const next = await action(prev, fd);
    if (next.ok && next.message) notify(next.message, { on: then });
    if (next.ok && then) router.push(then);
    return next;
  });
  return (
    <form
      aria-label={rest["aria-label"]}
      className={`${layout === "row" ? "flex flex-wrap items-end gap-2" : "space-y-2"} ${className}`}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) {
          e.preventDefault();
          return;
        }
        onSubmit(e);
      }}
    >
      {children}
      <Button type="submit" variant={variant} disabled={pending} className="px-3 py-2">
        {pending ? "처리 중…" : submitLabel}
      </Button>
      {state.ok ? null : (
        <div className={layout === "row" ? "w-full space-y-1" : "space-y-1"}>
          <FieldErrors state={state} />
        </div>
      )}
    </form>
  );
}

/** The message and, under it, each field's own error (the API's `fields`) not already the message. */
export function FieldErrors({ state }: { state: ActionState }) {
  const extra = [...new Set(Object.values(state.fields ?? {}).flat())].filter((m) => m !== state.message);
  return (
    <>
      <FormMessage state={state} />
      {extra.length > 0 ? (
        <ul role="alert" className="list-disc pl-5 text-sm text-red-700">
          {extra.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
