// Calls an operation the way a client would, through the same handler its route file exports
// (`route(op)`): the request is built from the declaration's method and path, so a test names the
// operation, never a hand-typed URL. Authentication is a signed app JWT (Bearer), as the mobile API
// uses; `as: "cron"` sends the cron secret; webhooks pass their own signature headers.
import type { ErrorBody } from "@/lib/core/errors";
import type { Operation } from "@/lib/core/operation";
import { env } from "@/lib/env";
import { route, type RouteHandler } from "@/lib/http/route";
import { tokenFor } from "./http";

/** Who calls: a member or admin from the factories, an explicit bearer token, the cron caller, or nobody. */
export type Caller = { id: string; role?: "MEMBER" | "ADMIN" } | { token: string } | "cron" | null | undefined;

export type CallOpOptions = {
  as?: Caller;
  /** path params by name; every `{name}` in the path must be given (a bad value is the point of some tests) */
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | readonly (string | number)[] | undefined>;
  /** sent as JSON (with `content-type: application/json`) */
  body?: unknown;
  /** sent as is, for malformed JSON and form-encoded callbacks; set the content type in `headers` */
  rawBody?: string;
  headers?: Record<string, string>;
};

export type OpResponse<T> = {
  status: number;
  /** the parsed body (JSON, else text), typed as the declared success output; on an error status it is the error envelope: read `error` */
  body: T;
  /** the `{ error: { code, message, fields? } }` envelope's content when the status is 4xx/5xx */
  error: ErrorBody["error"] | undefined;
  headers: Headers;
};

const handlers = new Map<string, RouteHandler>();
/** The same handler the route file exports, built once per operation. */
export function handlerOf(op: Operation): RouteHandler {
  let h = handlers.get(op.operationId);
  if (!h) handlers.set(op.operationId, (h = route(op)));
  return h;
}

/** The operation's path with its params filled in (URL-encoded); throws if a param is missing. */
export function pathOf(op: Operation, params: Record<string, string> = {}): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (params[name] === undefined) throw new Error(`callOp: ${op.method} ${op.path} needs the path param "${name}"`);
    return encodeURIComponent(params[name]);
  });
}

function searchOf(query: CallOpOptions["query"] = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) search.append(k, String(item));
  }
  const s = search.toString();
  return s ? `?${s}` : "";
}

const tokens = new Map<string, Promise<string>>();
async function authorization(as: Caller): Promise<string | undefined> {
  if (!as) return undefined;
  if (as === "cron") return `Bearer ${env.CRON_SECRET}`;
  if ("token" in as) return `Bearer ${as.token}`;
  const key = `${as.id}:${as.role ?? "MEMBER"}`;
  if (!tokens.has(key)) tokens.set(key, tokenFor(as));
  return `Bearer ${await tokens.get(key)}`;
}

export async function callOp<I, O>(op: Operation<I, O>, opts: CallOpOptions = {}): Promise<OpResponse<O>> {
  const headers = new Headers(opts.headers);
  const auth = await authorization(opts.as);
  if (auth && !headers.has("authorization")) headers.set("authorization", auth);
  let body = opts.rawBody;
  if (opts.body !== undefined) {
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
    body = JSON.stringify(opts.body);
  }
  const url = `http://localhost:3000${pathOf(op, opts.params)}${searchOf(opts.query)}`;
  const req = new Request(url, { method: op.method, headers, body });
  const res = await handlerOf(op)(req, { params: Promise.resolve(opts.params ?? {}) });
  const text = await res.text();
  let parsed: unknown = text;
  if ((res.headers.get("content-type") ?? "").includes("json") && text) parsed = JSON.parse(text);
  const error = res.status >= 400 && parsed && typeof parsed === "object" ? (parsed as Partial<ErrorBody>).error : undefined;
  return { status: res.status, body: parsed as O, error, headers: res.headers };
}
