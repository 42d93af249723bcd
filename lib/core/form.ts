// The state a form's server action hands back to its client form: the same Korean message and
// per-field errors the JSON API returns in its error body; plus FormData readers.
import type { ErrorCode, FieldErrors } from "./errors";

/**
 * `result` is the operation's JSON result on success (what the API would answer); `code` the error
 * code of a failure (e.g. UNAVAILABLE: worth trying again).
 */
export type ActionState<T = unknown> = { ok: boolean; message?: string; fields?: FieldErrors; result?: T; code?: ErrorCode };

// How client components receive a page's server actions (as props from the page, never imported from
// app/). Method syntax keeps the parameter check bivariant, so an action with a precise result type
// fits a prop that does not care about the result.
/** A server action a form hands to `useActionState` (`useFormAction`). */
export type FormAction<T = unknown> = { call(prev: ActionState<T>, fd: FormData): Promise<ActionState<T>> }["call"];
/** A server action a client component calls with its raw input (buttons that are not forms). */
export type CallAction<I, T = unknown> = { call(input: I): Promise<ActionState<T>> }["call"];

/** A checkbox in FormData: present ("on") or absent. */
export const checked = (fd: FormData, name: string) => fd.get(name) === "on" || fd.get(name) === "true";

/** A text field in FormData ("" when absent). */
export const text = (fd: FormData, name: string) => {
  const v = fd.get(name);
  return typeof v === "string" ? v : "";
};

/** Every text value of a repeated field (a checkbox group), [] when none is checked. */
export const texts = (fd: FormData, name: string) => fd.getAll(name).filter((v): v is string => typeof v === "string");

/** An optional text field: absent or "" → undefined, so the schema's own "required" message applies. */
export const optionalText = (fd: FormData, name: string) => text(fd, name) || undefined;

/**
 * A number field: "" → `empty` (null: left blank on purpose, undefined: missing); anything else a
 * number (NaN fails the schema with its Korean message).
 */
export const numberField = (fd: FormData, name: string, empty: null | undefined = undefined) => {
  const v = text(fd, name).trim();
  return v === "" ? empty : Number(v);
};
