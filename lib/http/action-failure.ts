// Framework glue for server actions: a thrown error becomes form state, while Next's own control
// flow (redirect, notFound) passes through; a 5xx is logged without the input.
import { unstable_rethrow } from "next/navigation";
import { toActionState, type ActionState } from "@/lib/core/form";
import { logger } from "@/lib/logger";

export function actionFailure(err: unknown): ActionState {
  unstable_rethrow(err);
  const { status, ...state } = toActionState(err);
  if (status >= 500) logger.error({ err: err instanceof Error ? err.message : String(err) }, "server action failed");
  return state;
}
