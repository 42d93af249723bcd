// Reads schema.prisma through Prisma's own schema WASM (get_dmmf, the module the installed Prisma
// CLI ships: node_modules/prisma/build/prisma_schema_build_bg.wasm) and renders the database that
// Prisma Migrate would create for it, as a DbSchema (see ./pg-catalog).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Column, DbSchema, ForeignKey, ReferentialAction, Table } from "./pg-catalog";

type DmmfDefault = string | number | boolean | { name: string; args: unknown[] } | DmmfDefault[];
export type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: DmmfDefault;
  nativeType?: [string, string[]] | null;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
export type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
export type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  algorithm?: string;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
};
export type DmmfEnum = { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] };
export type Datamodel = { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[]; partialIndexes?: string[] };

/**
 * A minimal wasm-bindgen host for the CLI's schema WASM (4 imports). Import names carry a hash
 * suffix that changes per Prisma build, so they are matched by prefix; an unknown import (a new
 * Prisma with a different ABI) fails loudly rather than silently.
 */
function schemaWasm() {
  const wasmPath = path.join(path.dirname(createRequire(import.meta.url).resolve("prisma/package.json")), "build", "prisma_schema_build_bg.wasm");
  const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
  let ex: any = null;
  const text = (ptr: number, len: number) => new TextDecoder().decode(new Uint8Array(ex.memory.buffer, ptr >>> 0, len));
  const host: Record<string, (...a: any[]) => unknown> = {
    __wbg_Error: (p: number, l: number) => new Error(text(p, l)),
    __wbg___wbindgen_throw: (p: number, l: number) => {
      throw new Error(text(p, l));
    },
    __wbg_set_message: () => undefined, // panic message registry: the thrown error carries it too
    __wbindgen_init_externref_table: () => {
      const table = ex.__wbindgen_externrefs as WebAssembly.Table;
      const at = table.grow(4);
      table.set(0, undefined);
      [undefined, null, true, false].forEach((v, i) => table.set(at + i, v));
    },
  };
  const imports: Record<string, Record<string, unknown>> = {};
  for (const imp of WebAssembly.Module.imports(wasmModule)) {
    const fn = host[imp.name.replace(/_[0-9a-f]{16}$/, "")];
    if (!fn) throw new Error(`prisma-model: unknown import ${imp.module}.${imp.name} in ${wasmPath} (Prisma's WASM ABI changed)`);
    (imports[imp.module] ??= {})[imp.name] = fn;
  }
  ex = new WebAssembly.Instance(wasmModule, imports as WebAssembly.Imports).exports;
  ex.__wbindgen_start();
  return {
    getDmmf(params: string): string {
      const bytes = new TextEncoder().encode(params);
      const ptr = ex.__wbindgen_malloc(bytes.length, 1) >>> 0;
      new Uint8Array(ex.memory.buffer).set(bytes, ptr);
      const [out, len, errRef, failed] = ex.get_dmmf(ptr, bytes.length) as number[];
      if (failed) {
        const err = ex.__wbindgen_externrefs.get(errRef);
        ex.__externref_table_dealloc(errRef);
        throw err;
      }
      try {
        return text(out, len);
      } finally {
        ex.__wbindgen_free(out, len, 1);
      }
    },
  };
}

/** the data model of a Prisma schema file (DMMF `datamodel`: fields, native types, defaults, indexes, relations) */
export function readPrismaModel(schemaPath = path.join(process.cwd(), "prisma", "schema.prisma")): Datamodel {
  const prismaSchema = readFileSync(schemaPath, "utf8");
  const dm = JSON.parse(schemaWasm().getDmmf(JSON.stringify({ prismaSchema, noColor: true }))).datamodel as Datamodel;
  // the partialIndexes preview feature: the DMMF names the index but drops its `where: raw(…)` clause
  dm.partialIndexes = [...prismaSchema.matchAll(/map:\s*"([^"]+)",\s*where:\s*raw\(/g)].map((m) => m[1]!);
  return dm;
}

/** PostgreSQL's identifier limit, and Prisma's truncation of implicit constraint names to fit it */
const MAX_IDENT = 63;
const implicitName = (base: string, suffix: string) => Buffer.from(base).subarray(0, MAX_IDENT - suffix.length).toString() + suffix;

const SCALAR: Record<string, string> = {
  String: "text", Int: "integer", BigInt: "bigint", Float: "double precision", Decimal: "numeric(65,30)",
  Boolean: "boolean", DateTime: "timestamp(3) without time zone", Json: "jsonb", Bytes: "bytea",
};
const NATIVE: Record<string, (a: string[]) => string> = {
  Text: () => "text", Uuid: () => "uuid", Date: () => "date", Boolean: () => "boolean", Xml: () => "xml",
  Integer: () => "integer", SmallInt: () => "smallint", BigInt: () => "bigint", Oid: () => "oid", Money: () => "money",
  DoublePrecision: () => "double precision", Real: () => "real", Json: () => "json", JsonB: () => "jsonb",
  ByteA: () => "bytea", Inet: () => "inet", Citext: () => "citext",
  VarChar: (a) => `character varying${a.length ? `(${a[0]})` : ""}`, Char: (a) => `character(${a[0] ?? 1})`,
  Bit: (a) => `bit(${a[0] ?? 1})`, VarBit: (a) => `bit varying${a.length ? `(${a[0]})` : ""}`,
  Decimal: (a) => (a.length ? `numeric(${a.join(",")})` : "numeric(65,30)"),
  Timestamp: (a) => `timestamp${a.length ? `(${a[0]})` : ""} without time zone`,
  Timestamptz: (a) => `timestamp${a.length ? `(${a[0]})` : ""} with time zone`,
  Time: (a) => `time${a.length ? `(${a[0]})` : ""} without time zone`,
  Timetz: (a) => `time${a.length ? `(${a[0]})` : ""} with time zone`,
};
const ACTION: Record<string, ReferentialAction> = { Cascade: "CASCADE", Restrict: "RESTRICT", NoAction: "NO ACTION", SetNull: "SET NULL", SetDefault: "SET DEFAULT" };

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * The database Prisma Migrate creates for `dm` on PostgreSQL: type mapping, nullability (scalar
 * lists are nullable), DEFAULTs (client-side uuid()/cuid()/nanoid() render none), implicit
 * constraint names (<Table>_pkey, _<cols>_key, _<cols>_idx, _<cols>_fkey) and relation actions
 * (onDelete Restrict for required relations, SetNull for optional ones; onUpdate Cascade).
 * Limitation: the DMMF does not expose `@relation(map: ...)`, so FK names are always the implicit ones.
 */
export function expectedSchema(dm: Datamodel): DbSchema {
  const models = new Map(dm.models.map((m) => [m.name, m]));
  const enums = new Map(dm.enums.map((e) => [e.name, e]));
  const tableOf = (model: string) => models.get(model)!.dbName ?? model;
  const columnOf = (model: string, field: string) => {
    const f = models.get(model)!.fields.find((x) => x.name === field)!;
    return f.dbName ?? f.name;
  };
  const enumValue = (enumName: string, value: string) => enums.get(enumName)!.values.find((v) => v.name === value)?.dbName ?? value;

  const literal = (f: DmmfField, v: unknown): string =>
    f.kind === "enum" ? quote(enumValue(f.type, String(v)))
    : ["Int", "BigInt", "Float", "Decimal", "Boolean"].includes(f.type) ? String(v)
    : quote(String(v));

  const renderDefault = (f: DmmfField, table: string, column: string): string | null => {
    if (!f.hasDefaultValue || f.default === undefined) return null;
    const d = f.default;
    if (Array.isArray(d)) return `ARRAY[${d.map((v) => literal(f, v)).join(", ")}]`;
    if (typeof d !== "object") return literal(f, d);
    if (d.name === "now") return "CURRENT_TIMESTAMP";
    if (d.name === "dbgenerated") return d.args.length ? String(d.args[0]) : null;
    if (d.name === "autoincrement") return `nextval(${quote(`"${table}_${column}_seq"`)}::regclass)`;
    return null; // uuid(), cuid(), nanoid(), ulid(): generated by the client, no DEFAULT in the database
  };

  const out: DbSchema = { tables: {}, enums: {} };
  for (const e of dm.enums) out.enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name);

  for (const m of dm.models) {
    const table = tableOf(m.name);
    const t: Table = { columns: {}, primaryKey: null, indexes: [], foreignKeys: [] };
    for (const f of m.fields) {
      const column = f.dbName ?? f.name;
      if (f.kind === "scalar" || f.kind === "enum") {
        const base =
          f.kind === "enum" ? `"${enums.get(f.type)!.dbName ?? f.type}"`
          : f.nativeType ? NATIVE[f.nativeType[0]]?.(f.nativeType[1])
          : SCALAR[f.type];
        if (!base) throw new Error(`prisma-model: no PostgreSQL type for ${m.name}.${f.name} (${f.type} ${f.nativeType?.[0] ?? ""})`);
        const col: Column = { type: base + (f.isList ? "[]" : ""), nullable: f.isList || !f.isRequired, default: renderDefault(f, table, column) };
        t.columns[column] = col;
      } else if (f.kind === "object" && f.relationFromFields?.length) {
        const columns = f.relationFromFields.map((x) => columnOf(m.name, x));
        const fk: ForeignKey = {
          name: implicitName(`${table}_${columns.join("_")}`, "_fkey"),
          columns,
          refTable: tableOf(f.type),
          refColumns: (f.relationToFields ?? []).map((x) => columnOf(f.type, x)),
          onDelete: ACTION[f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull")],
          onUpdate: ACTION[f.relationOnUpdate ?? "Cascade"],
        };
        t.foreignKeys.push(fk);
      } else if (f.kind === "object" && f.isList) {
        const other = models.get(f.type)!.fields.find((x) => x.relationName === f.relationName && x !== f);
        if (other?.isList) throw new Error(`prisma-model: implicit many-to-many ${f.relationName} is not supported by this check`);
      }
    }
    for (const idx of dm.indexes.filter((i) => i.model === m.name)) {
      const columns = idx.fields.map((x) => columnOf(m.name, x.name));
      const base = `${table}_${columns.join("_")}`;
      if (idx.type === "id") t.primaryKey = { name: idx.dbName ?? implicitName(table, "_pkey"), columns };
      else
        t.indexes.push({
          name: idx.dbName ?? implicitName(base, idx.type === "unique" ? "_key" : "_idx"),
          unique: idx.type === "unique",
          columns,
          desc: idx.fields.map((x) => x.sortOrder === "desc"),
          method: (idx.algorithm ?? "BTree").toLowerCase(),
          partial: !!idx.dbName && (dm.partialIndexes ?? []).includes(idx.dbName),
        });
    }
    out.tables[table] = t;
  }
  return out;
}
