// zod parsing helpers for route handlers: body, query string and route params → typed input or 422.
import { z } from "zod";
import { AppError } from "./errors";

export async function parseBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    const text = await req.text();
    raw = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION_FAILED", "요청 본문이 올바른 JSON이 아닙니다.");
  }
  return parseWith(schema, raw);
}

export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const params = new URL(req.url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  return parseWith(schema, raw);
}

export async function parseParams<S extends z.ZodType>(params: Promise<unknown> | unknown, schema: S): Promise<z.infer<S>> {
  const raw = await params;
  const parsed = schema.safeParse(raw);
  // A malformed id in the path names no record the caller may see.
  if (!parsed.success) throw new AppError("NOT_FOUND");
  return parsed.data;
}

export function parseWith<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw AppError.fromZod(parsed.error);
  return parsed.data;
}

/** An object schema that refuses unknown keys with a Korean message. */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (iss) => (iss.code === "unrecognized_keys" ? `허용되지 않는 항목입니다: ${iss.keys.join(", ")}` : undefined),
  });
}
