// Button primitive (and a link styled as one).
import Link from "next/link";
import type { ComponentProps } from "react";

const variants = {
  primary: "bg-brand-500 text-white hover:bg-brand-600 disabled:bg-stone-300",
  secondary: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100",
  danger: "bg-red-600 text-white hover:bg-red-700",
  kakao: "bg-kakao text-stone-900 hover:brightness-95",
  ghost: "text-stone-600 hover:bg-stone-100",
} as const;

type Variant = keyof typeof variants;
const base = "inline-flex items-center justify-center gap-2 rounded-xl px-4 py-3 text-sm font-semibold transition disabled:cursor-not-allowed";

export function Button({ variant = "primary", className = "", ...props }: ComponentProps<"button"> & { variant?: Variant }) {
  return <button className={`${base} ${variants[variant]} ${className}`} {...props} />;
}

export function ButtonLink({ variant = "primary", className = "", ...props }: ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link className={`${base} ${variants[variant]} ${className}`} {...props} />;
}
