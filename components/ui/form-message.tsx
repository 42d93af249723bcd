// The summary line of a server-action form: the error message (role=alert) or a success notice (role=status).
import type { ActionState } from "@/lib/core/form";

export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return state.ok ? (
    <p role="status" className="rounded-xl bg-emerald-50 p-3 text-sm text-emerald-800">
      {state.message}
    </p>
  ) : (
    <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-700">
      {state.message}
    </p>
  );
}
