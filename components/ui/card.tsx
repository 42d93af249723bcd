// Card and page-section primitives.
import type { ComponentProps } from "react";

export function Card({ className = "", ...props }: ComponentProps<"section">) {
  return <section className={`rounded-2xl border border-stone-200 bg-white p-5 shadow-sm ${className}`} {...props} />;
}

export function PageTitle({ children, sub }: { children: React.ReactNode; sub?: React.ReactNode }) {
  return (
    <header className="mb-5">
      <h1 className="text-xl font-bold text-stone-900">{children}</h1>
      {sub ? <p className="mt-1 text-sm text-stone-500">{sub}</p> : null}
    </header>
  );
}
