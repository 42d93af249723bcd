// The request a piece of code runs for: set by the route adapter (lib/http/route.ts) around the whole
// operation, read by the logger's mixin so every log line of a request carries its requestId.
import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string; operation?: string };

const g = globalThis as unknown as { __inyeonRequestContext?: AsyncLocalStorage<RequestContext> };
// one store per process even when Next loads this module in several bundles
const storage = (g.__inyeonRequestContext ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequestContext<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
