// zod parsing helpers for route handlers: body, query string and route params → typed input or 422.
import { z } from "zod";
import { AppError } from "./errors";
import { eulReul, eunNeun } from "./josa";

export async function parseBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  return parseJsonText(await req.text(), schema);
}

/** A JSON body already read as text ("" = {}) → typed input or 422. */
export function parseJsonText<S extends z.ZodType>(text: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION_FAILED", "요청 본문이 올바른 JSON이 아닙니다.");
  }
  rejectNul(raw);
  return parseWith(schema, raw);
}

// ── Free text ───────────────────────────────────────────────────────────────────────────────────
// PostgreSQL text cannot hold U+0000 (the query fails: a 500), and other C0/C1 control characters
// in names or one-line fields are only ever an attack or a paste accident.

const NUL_MESSAGE = "입력할 수 없는 문자가 들어 있어요. 해당 문자를 지우고 다시 입력해 주세요.";
const CONTROL_MESSAGE = "입력할 수 없는 특수 문자가 들어 있어요. 해당 문자를 지우고 다시 입력해 주세요.";
const CONTROL_ONE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** control-character checks for free text: multiLine allows tabs and line breaks, oneLine nothing */
const freeText = {
  multiLine: [(v: string) => !CONTROL_MULTI_LINE.test(v), { message: CONTROL_MESSAGE }] as const,
  oneLine: [(v: string) => !CONTROL_ONE_LINE.test(v), { message: CONTROL_MESSAGE }] as const,
};

/** A string schema for free text (trimmed, at most `max` characters, no control characters). */
export function zFreeText(max: number, opts: { label?: string; multiLine?: boolean } = {}) {
  const label = opts.label ?? "내용";
  const [check, message] = opts.multiLine === false ? freeText.oneLine : freeText.multiLine;
  return z
    .string({ error: `${eulReul(label)} 글자로 입력해 주세요.` })
    .trim()
    .max(max, `${eunNeun(label)} ${max}자 이하로 입력해 주세요.`)
    .refine(check, message);
}

/** Any string anywhere in a parsed body or query containing NUL → 422 (every operation, declared or not). */
export function rejectNul(raw: unknown, depth = 0): void {
  if (typeof raw === "string") {
    if (raw.includes("\u0000")) throw new AppError("VALIDATION_FAILED", NUL_MESSAGE);
  } else if (raw && typeof raw === "object" && depth < 32) {
    for (const [k, v] of Object.entries(raw)) {
      if (k.includes("\u0000")) throw new AppError("VALIDATION_FAILED", NUL_MESSAGE);
      rejectNul(v, depth + 1);
    }
  }
}

export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const params = new URL(req.url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  rejectNul(raw);
  return parseWith(schema, raw);
}

export async function parseParams<S extends z.ZodType>(params: Promise<unknown> | unknown, schema: S): Promise<z.infer<S>> {
  const raw = await params;
  // a NUL (PostgreSQL text cannot hold it) or a lone surrogate names no record either
  if (raw && typeof raw === "object" && Object.values(raw).some((v) => typeof v === "string" && (v.includes("\u0000") || !v.isWellFormed()))) throw new AppError("NOT_FOUND");
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

// ── Dates a request may name ────────────────────────────────────────────────────────────────────
// JavaScript accepts years 0 to ±275760, PostgreSQL's timestamp does not take all of them (year 0 or
// -271821 fails the query: a 500), and no record of ours lies outside this century: a date-time in a
// body, a query or a cursor must fall inside it.
const SANE_FROM = Date.UTC(2000, 0, 1);
const SANE_UNTIL = Date.UTC(2100, 0, 1);

/** true for a valid Date in [2000-01-01, 2100-01-01) UTC */
export const isSaneInstant = (d: Date | null | undefined): d is Date => !!d && d.getTime() >= SANE_FROM && d.getTime() < SANE_UNTIL;

/** An ISO date-time (an offset allowed) within 2000–2099, kept as the string it was. */
export function zInstant(message: string) {
  return z.iso.datetime({ offset: true, error: message }).refine((v) => isSaneInstant(new Date(v)), message);
}

/** A YYYY-MM-DD calendar day within 2000–2099. */
export function zDay(message: string) {
  return z.iso.date({ error: message }).refine((v) => isSaneInstant(new Date(`${v}T00:00:00Z`)), message);
}
