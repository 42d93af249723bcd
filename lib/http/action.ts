// The adapter from an operation declaration to a page's server action: the same pipeline as the API
// (pipeline.ts: the session as the actor, the operation's access rule, its rate limit and key, its
// zod schemas, `run`, the response check, one error mapping, the access-log line and metrics), with
// the outcome handed back as form state for `useActionState` instead of a JSON response. Pages
// export `action(op)` from their `actions.ts`; no page writes around an operation.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/core/form";
import type { Operation } from "@/lib/core/operation";
import { parseParams, parseWith, rejectNul } from "@/lib/core/parse";
import { runWithRequestContext } from "@/lib/observability/request-context";
import { execute, logCall } from "./pipeline";
import { requestIdOf } from "./request-id";

type Raw = Record<string, unknown>;

export type ActionOptions<I, O> = {
  /** the form's fields → the operation's raw input (params, query and body in one object); default: its text fields */
  form?: (fd: FormData) => Raw;
  /** after success: revalidate or redirect, and/or what the form shows (merged into the state) */
  done?: (result: O, input: I) => Promise<Partial<ActionState<O>> | void> | Partial<ActionState<O>> | void;
};

/**
 * A server action derived from an operation. Called by a form through `useActionState` (`(prev, fd)`),
 * by `<form action>` (`(fd)`), or directly from a client component with the raw input (`(input)`).
 * It never throws for a failed call: the state carries the Korean message and the field errors the
 * API would answer with; a caller whose session has ended is sent to the sign-in page.
 */
export type OperationAction<I, O> = {
  (input: Partial<Record<keyof I, unknown>>): Promise<ActionState<O>>;
  (prev: ActionState<O>, fd: FormData): Promise<ActionState<O>>;
} & { readonly operation: Operation<I, O> };

/** A form's text fields; a repeated name becomes a list (checkbox groups). Next's own `$ACTION_*` keys are not input. */
export function formFields(fd: FormData): Raw {
  const out: Raw = {};
  for (const key of new Set(fd.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = fd.getAll(key).filter((v): v is string => typeof v === "string");
    if (values.length > 0) out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

const keysOf = (schema: unknown): string[] | null => {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape && typeof shape === "object" ? Object.keys(shape) : null;
};
const pick = (raw: Raw, keys: string[]) => Object.fromEntries(keys.filter((k) => k in raw).map((k) => [k, raw[k]]));

/** Splits the raw input over the declared params, query and body schemas, parsed as the API parses them. */
async function parseRaw(op: Operation, raw: Raw): Promise<Raw> {
  rejectNul(raw);
  const input: Raw = {};
  const rest = { ...raw };
  for (const part of ["params", "query"] as const) {
    const schema = op[part];
    if (!schema) continue;
    const keys = keysOf(schema) ?? Object.keys(raw);
    // a malformed id names no record the caller may see: the same 404 as the API's path params
    Object.assign(input, part === "params" ? await parseParams(pick(raw, keys), schema) : parseWith(schema, pick(raw, keys)));
    for (const k of keys) delete rest[k];
  }
  if (op.body) Object.assign(input, parseWith(op.body, rest));
  return input;
}

/** The page's request as the pipeline sees it: the browser's headers (session cookie, client IP) on the operation's path. */
async function pageRequest(op: Operation): Promise<Request> {
  const h = new Headers(await headers());
  h.delete("content-length");
  h.delete("authorization"); // pages act with the session cookie only
  const url = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}${op.path}`;
  return new Request(url, { method: op.method, headers: h });
}

export function action<I, O>(op: Operation<I, O>, options: ActionOptions<I, O> = {}): OperationAction<I, O> {
  const fn = async (first: unknown, second?: unknown): Promise<ActionState<O>> => {
    const fd = second instanceof FormData ? second : first instanceof FormData ? first : null;
    const raw: Raw = fd ? (options.form ?? formFields)(fd) : ((first as Raw | undefined) ?? {});
    const req = await pageRequest(op);
    const requestId = requestIdOf(req);
    const started = performance.now();
    let input: Raw = {};
    const outcome = await runWithRequestContext({ requestId, operation: op.operationId }, () =>
      execute({ op, req, requestId, input: async () => (input = await parseRaw(op, raw)) }),
    );
    logCall(op, { via: "action", method: op.method, path: op.path, status: outcome.status, userId: outcome.userId, started });
    if (!outcome.ok) {
      if (outcome.status === 401) redirect("/login");
      return { ok: false, message: outcome.body.error.message, fields: outcome.body.error.fields };
    }
    const result = outcome.out as O;
    const extra = await options.done?.(result, input as I);
    return { ok: true, result, ...extra };
  };
  return Object.assign(fn, { operation: op }) as unknown as OperationAction<I, O>;
}
