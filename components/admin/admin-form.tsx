"use client";
// A small admin form bound to a server action: keeps the typed values on an error, asks for
// confirmation before destructive actions; errors show here, success notices at the top of the page
// (the row this form sits in may be gone after the action).
import type { ActionState } from "@/lib/core/form";
import { useFormAction } from "@/components/ui/use-form-action";
import { FormMessage } from "@/components/ui/form-message";
import { Button } from "@/components/ui/button";
import { useAdminNotice } from "./admin-notices";

type Props<T> = {
  action: (prev: ActionState<T>, fd: FormData) => Promise<ActionState<T>>;
  submitLabel: string;
  /** asked with window.confirm before submitting */
  confirm?: string;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  children?: React.ReactNode;
};

export function AdminForm<T>({ action, submitLabel, confirm, variant = "primary", className = "", children }: Props<T>) {
  const notify = useAdminNotice();
  // the notice is raised when the action answers, not when this form re-renders: the same update
  // may remove this form (its row is gone), and then it never renders again
  const { state, onSubmit, pending } = useFormAction<T>(async (prev, fd) => {
    const next = await action(prev, fd);
    if (next.ok && next.message) notify(next.message);
    return next;
  });
  return (
    <form
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
      <Button type="submit" variant={variant} disabled={pending} className="px-3 py-2">
        {pending ? "처리 중…" : submitLabel}
      </Button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
