// The result a "use server" form action hands back to its client form: the same Korean message and
// per-field errors the JSON API returns in its error body.
import { unstable_rethrow } from "next/navigation";
import { toErrorBody, type FieldErrors } from "@/lib/http/errors";
import { logger } from "@/lib/logger";

export type ActionState = { ok: boolean; message?: string; fields?: FieldErrors };

/** Maps a thrown AppError/ZodError to form state; redirects and other Next control flow pass through. */
export function actionFailure(err: unknown): ActionState {
  unstable_rethrow(err);
  const { status, body } = toErrorBody(err);
  if (status >= 500) logger.error({ err: err instanceof Error ? err.message : String(err) }, "server action failed");
  return { ok: false, message: body.error.message, fields: body.error.fields };
}

/** A checkbox in FormData: present ("on") or absent. */
export const checked = (fd: FormData, name: string) => fd.get(name) === "on" || fd.get(name) === "true";

/** A text field in FormData ("" when absent). */
export const text = (fd: FormData, name: string) => {
  const v = fd.get(name);
  return typeof v === "string" ? v : "";
};
