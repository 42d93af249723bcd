// The state a form's server action hands back to its client form: the same Korean message and
// per-field errors the JSON API returns in its error body; plus FormData readers.
import { toErrorBody, type FieldErrors } from "./errors";

/** `result` is the operation's JSON result on success (what the API would answer). */
export type ActionState<T = unknown> = { ok: boolean; message?: string; fields?: FieldErrors; result?: T };

/** A thrown AppError/ZodError as form state (anything else: the generic 5xx message). */
export function toActionState(err: unknown): ActionState & { status: number } {
  const { status, body } = toErrorBody(err);
  return { ok: false, status, message: body.error.message, fields: body.error.fields };
}

/** A checkbox in FormData: present ("on") or absent. */
export const checked = (fd: FormData, name: string) => fd.get(name) === "on" || fd.get(name) === "true";

/** A text field in FormData ("" when absent). */
export const text = (fd: FormData, name: string) => {
  const v = fd.get(name);
  return typeof v === "string" ? v : "";
};
