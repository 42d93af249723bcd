// fast-check arbitraries from an operation's declared zod schemas (through zod's JSON Schema, input
// side): values shaped like the schema (mostly valid), mutated ones (a field replaced by junk, an
// unknown key, hostile strings) and arbitrary JSON — so one generator serves every operation. Dates
// include the extremes (year 0, ±275760) and keyset cursors are crafted (cursorArb).
import fc from "fast-check";
import { z } from "zod";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | JsonSchema;
};

/** Strings an attacker tries: NUL and control characters, huge, unicode edge cases, injections, ids in odd cases. */
export const hostileString = fc.oneof(
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "\u0007", "\r\n", "%zz", "../../etc/passwd", "' OR 1=1 --", "<script>alert(1)</script>", "\uD800", "😀".repeat(300), "x".repeat(10_001), "NaN", "-1", "1e309", "{}", "null"),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.uuid().map((u) => u.toUpperCase()),
);

/** Instants at and past the edges of what JavaScript and PostgreSQL hold (year 0, ±275760, 9999). */
const EXTREME_INSTANTS = ["0000-01-01T00:00:00.000Z", "+275760-09-13T00:00:00.000Z", "-271821-04-20T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "1970-01-01T00:00:00.000Z", "1999-12-31T23:59:59.999Z"];
/** Any Date JavaScript can represent, as ISO text (years -271821 to +275760). */
const anyInstant = fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
const extremeInstant = fc.oneof(fc.constantFrom(...EXTREME_INSTANTS), anyInstant);

const cursorOf = (at: string, id: string) => Buffer.from(JSON.stringify([at, id])).toString("base64url");
/**
 * Keyset cursors (lib/core/cursor.ts): well-formed ones of real-looking rows, and crafted ones — an id
 * of dashes or junk, an extreme instant, another JSON shape, no base64url at all.
 */
export const cursorArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.tuple(fc.date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }), fc.uuid()).map(([d, id]) => cursorOf(d.toISOString(), id)) },
  { weight: 3, arbitrary: fc.tuple(extremeInstant, fc.uuid()).map(([at, id]) => cursorOf(at, id)) },
  { weight: 2, arbitrary: fc.tuple(fc.oneof(extremeInstant, fc.constant("2026-12-01T00:00:00.000Z")), fc.oneof(fc.constant("-".repeat(36)), hostileString)).map(([at, id]) => cursorOf(at, id)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v)).toString("base64url")) },
  { weight: 1, arbitrary: hostileString },
);

export function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  if (s.format === "uuid") return fc.uuid();
  // mostly ordinary dates, often the extremes a database cannot hold (they were 500s)
  if (s.format === "date-time") return fc.oneof({ weight: 3, arbitrary: fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString()) }, { weight: 1, arbitrary: extremeInstant });
  if (s.format === "date") return fc.oneof({ weight: 3, arbitrary: fc.date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) }, { weight: 1, arbitrary: fc.constantFrom("0000-01-01", "9999-12-31", "1899-12-31", "2100-01-01") });
  if (s.format === "email") return fc.emailAddress();
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? 200));
    } catch {
      /* a pattern fast-check cannot invert: fall through */
    }
  }
  return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 60), unit: "grapheme" });
}

/** An arbitrary producing values shaped like `s` (valid unless refinements say otherwise). */
export function shaped(s: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alts = s.anyOf ?? s.oneOf;
  if (alts?.length) return fc.oneof(...alts.map((a) => shaped(a, depth + 1)));
  if (s.allOf?.length) return shaped(Object.assign({}, ...s.allOf), depth + 1);
  const type = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (type.length > 1) return fc.oneof(...type.map((t) => shaped({ ...s, type: t }, depth + 1)));
  switch (type[0]) {
    case "string":
      return stringArb(s);
    case "integer":
      return fc.integer({ min: Math.max(s.minimum ?? -1_000_000, -1_000_000_000), max: Math.min(s.maximum ?? 1_000_000, 1_000_000_000) });
    case "number":
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const item = s.items ? shaped(s.items, depth + 1) : fc.jsonValue();
      return fc.array(item, { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 5, 8) });
    }
    case "object": {
      const props = s.properties ?? {};
      const required = new Set(s.required ?? []);
      // a keyset cursor is opaque text to the schema: craft it as an attacker would (cursorArb)
      const model = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, k === "cursor" ? cursorArb : shaped(v, depth + 1)]));
      return fc.record(model, { requiredKeys: Object.keys(props).filter((k) => required.has(k)) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Mostly-valid values, mutated ones and junk, for one input part (body, query or params). */
export function inputArb(schema: z.ZodType | undefined): fc.Arbitrary<unknown> {
  if (!schema) return fc.constant(undefined);
  const js = toJsonSchema(schema);
  const base = shaped(js);
  const mutated = base.chain((v) => {
    if (!v || typeof v !== "object" || Array.isArray(v)) return fc.constant(v);
    const keys = Object.keys(v);
    return fc.oneof(
      // one field replaced by junk
      keys.length ? fc.tuple(fc.constantFrom(...keys), fc.oneof(hostileString, fc.jsonValue({ maxDepth: 2 }))).map(([k, junk]) => ({ ...v, [k]: junk })) : fc.constant(v),
      // an undeclared key (strict objects refuse it), e.g. a privilege escalation attempt
      fc.constantFrom("role", "status", "userId", "__proto__", "constructor").map((k) => ({ ...v, [k]: "ADMIN" })),
      // a required field removed
      keys.length ? fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(v).filter(([x]) => x !== k))) : fc.constant(v),
    );
  });
  return fc.oneof({ weight: 4, arbitrary: base }, { weight: 3, arbitrary: mutated }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });
}

/** Path params: shaped strings, hostile strings and odd-cased ids. */
export function paramsArb(schema: z.ZodType | undefined, names: string[]): fc.Arbitrary<Record<string, string>> {
  const js = schema ? toJsonSchema(schema) : undefined;
  const one = (name: string) => {
    const prop = js?.properties?.[name];
    const shapedArb = prop ? shaped(prop).map((v) => String(v)) : fc.string();
    return fc.oneof(shapedArb, hostileString.map((v) => v.replace(/\//g, "_")), fc.uuid().map((u) => u.toUpperCase()));
  };
  return fc.record(Object.fromEntries(names.map((n) => [n, one(n)])));
}

/** A fuzzed query object as values per key (arrays as repeated keys; objects JSON-encoded). */
export function toQuery(q: unknown): Record<string, string[]> {
  if (!q || typeof q !== "object") return {};
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(q)) {
    out[k] = (Array.isArray(v) ? v : [v]).map((item) => (typeof item === "object" ? JSON.stringify(item) : String(item)));
  }
  return out;
}
