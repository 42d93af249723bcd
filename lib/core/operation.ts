// One declaration per API operation, next to its use case: method, path, who may call it, input
// schemas (path params, query, body), output schema, success status, summary and tag. The route
// handler (lib/http/route.ts), the OpenAPI document (lib/openapi) and the response check in tests and
// development all come from it.
import type { z } from "zod";
import type { Actor, SystemActor, SystemName } from "./actor";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * public: anyone (the actor is the signed-in member or null) · member: a signed-in member who has
 * finished onboarding (admins included) · onboarding: any signed-in member, also mid-onboarding ·
 * admin: role ADMIN · cron: `Authorization: Bearer $CRON_SECRET` · webhook: a system caller that
 * `verify` authenticates (an unsigned webhook verifies nothing and must re-fetch what it is told).
 */
export type Access =
  | "public"
  | "member"
  | "onboarding"
  | "admin"
  | "cron"
  | { webhook: SystemName; verify: (req: Request) => boolean; scheme: string };

export type ActorOf<A extends Access> = A extends "public" ? Actor | null : A extends "member" | "onboarding" | "admin" ? Actor : SystemActor;

/** How a request is counted against a limit: per client IP, or per signed-in actor (IP when anonymous). */
export type RateLimitRule = { name: string; limit: number; windowMs: number; by?: "ip" | "actor" };

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.output<S> : unknown;
type Merge<P, Q, B> = (unknown extends P ? object : P) & (unknown extends Q ? object : Q) & (unknown extends B ? object : B);

export type RunContext<A extends Access, I> = {
  actor: ActorOf<A>;
  input: I;
  req: Request;
  requestId: string;
  /** work to do after the response is sent (Next's `after`) */
  defer: (task: () => Promise<unknown>) => void;
};

type Declaration<A extends Access, P, Q, B, O extends Schema> = {
  method: HttpMethod;
  /** OpenAPI-style path: /api/matches/{id} */
  path: string;
  access: A;
  summary: string;
  description?: string;
  tag: string;
  /** path params; a value that does not parse is a 404 (it names no record the caller may see) */
  params?: P;
  query?: Q;
  body?: B;
  /** how the body arrives: JSON (default), or form-encoded/JSON/query for third-party callbacks */
  bodyEncoding?: "json" | "form";
  /** the JSON body of a success response; `file` operations answer a download instead */
  output: O;
  /** a non-JSON success response (CSV, a JSON attachment): its content type, for the document */
  file?: { contentType: string };
  status?: number;
  /** other success statuses the operation may answer with, chosen by `statusOf` */
  otherStatuses?: number[];
  /** the success status from the result (e.g. `created ? 201 : 200`); use cases know nothing of HTTP */
  statusOf?: (out: z.input<O>) => number;
  rateLimit?: RateLimitRule;
  run: (ctx: RunContext<A, Merge<Infer<P>, Infer<Q>, Infer<B>>>) => Promise<z.input<O> | Response>;
};

/**
 * A declared operation. `I` (the parsed input: params, query and body merged) and `O` (the result's
 * JSON body) are carried as types only, so `action(op)` can type the server action it derives.
 */
export type Operation<I = unknown, O = unknown> = Declaration<Access, Schema | undefined, Schema | undefined, Schema | undefined, Schema> & {
  readonly operationId: string;
  readonly __types?: { input: I; output: O };
};

export type InputOf<Op> = Op extends Operation<infer I, unknown> ? I : never;
export type OutputOf<Op> = Op extends Operation<unknown, infer O> ? O : never;

/** Declares an operation. The id is derived from method and path (stable, unique by construction). */
export function defineOperation<A extends Access, P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined, O extends Schema = Schema>(
  decl: Declaration<A, P, Q, B, O>,
): Operation<Merge<Infer<P>, Infer<Q>, Infer<B>>, z.input<O>> {
  const operationId = `${decl.method.toLowerCase()}${decl.path
    .replace(/^\/api/, "")
    .split(/[/.-]/)
    .filter(Boolean)
    .map((s) => (s.startsWith("{") ? `By${s[1].toUpperCase()}${s.slice(2, -1)}` : s[0].toUpperCase() + s.slice(1)))
    .join("")}`;
  return { ...(decl as unknown as Operation<Merge<Infer<P>, Infer<Q>, Infer<B>>, z.input<O>>), operationId };
}
