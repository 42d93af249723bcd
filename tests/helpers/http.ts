// Calls a Next route handler directly with a real Request, as the framework would.
import { signAppJwt } from "@/lib/auth/app-jwt";
import type { RouteContext } from "@/lib/http/route";

type Handler = (req: Request, ctx: RouteContext) => Promise<Response>;
type CallOptions = { token?: string | null; body?: unknown; params?: Record<string, string>; headers?: Record<string, string>; rawBody?: string };

export async function call(handler: Handler, method: string, path: string, opts: CallOptions = {}) {
  const headers = new Headers(opts.headers);
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  let body: string | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(opts.body);
  }
  const req = new Request(`http://localhost:3000${path}`, { method, headers, body });
  const res = await handler(req, { params: Promise.resolve(opts.params ?? {}) });
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, json, headers: res.headers };
}

export function tokenFor(user: { id: string; role?: "MEMBER" | "ADMIN" }) {
  return signAppJwt({ sub: user.id, role: user.role ?? "MEMBER" });
}
