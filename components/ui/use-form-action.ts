"use client";
// useActionState for forms that keep what the member typed: React resets a <form action> after every
// submission, which would wipe the fields when the server answers with a validation error.
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionState } from "@/lib/core/form";

export function useFormAction<T = unknown>(action: (prev: ActionState<T>, fd: FormData) => Promise<ActionState<T>>) {
  const [state, dispatch, pending] = useActionState<ActionState<T>, FormData>(action, { ok: false });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    startTransition(() => dispatch(fd));
  };
  const fieldError = (name: string) => state.fields?.[name]?.[0];
  return { state, onSubmit, pending, fieldError };
}
