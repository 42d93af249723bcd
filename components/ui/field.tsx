// Form field primitives: label + input/select/textarea + error text.
import type { ComponentProps } from "react";

const control = "w-full rounded-xl border border-stone-300 bg-white px-3 py-2.5 text-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100";

export function Field({ label, error, hint, children, htmlFor }: { label: string; error?: string; hint?: string; htmlFor?: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={htmlFor} className="block text-sm font-medium text-stone-700">
        {label}
      </label>
      {children}
      <FieldMessage hint={hint} error={error} />
    </div>
  );
}

/** A field's hint, replaced by its error (announced to screen readers) when there is one. */
export function FieldMessage({ hint, error }: { hint?: string; error?: string | null }) {
  if (error) {
    return (
      <p role="alert" className="text-xs text-red-600">
        {error}
      </p>
    );
  }
  return hint ? <p className="text-xs text-stone-500">{hint}</p> : null;
}

export function Input({ className = "", ...props }: ComponentProps<"input">) {
  return <input className={`${control} ${className}`} {...props} />;
}

export function Select({ className = "", ...props }: ComponentProps<"select">) {
  return <select className={`${control} ${className}`} {...props} />;
}

export function Textarea({ className = "", ...props }: ComponentProps<"textarea">) {
  return <textarea className={`${control} ${className}`} {...props} />;
}
