// Reads a migrated database's catalog (tables, columns, keys, indexes, enums) into a plain DbSchema,
// and compares two DbSchemas (what schema.prisma implies vs. what the migrations built) as a
// readable list of mismatches. Works over any driver: every query returns one JSON text column.

export type Column = { type: string; nullable: boolean; default: string | null };
export type Index = { name: string; unique: boolean; columns: string[]; desc: boolean[]; method: string; partial: boolean };
export type PrimaryKey = { name: string; columns: string[] };
export type ReferentialAction = "CASCADE" | "RESTRICT" | "NO ACTION" | "SET NULL" | "SET DEFAULT";
export type ForeignKey = {
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
};
export type Table = { columns: Record<string, Column>; primaryKey: PrimaryKey | null; indexes: Index[]; foreignKeys: ForeignKey[] };
export type DbSchema = { tables: Record<string, Table>; enums: Record<string, string[]> };

/** runs one SQL statement and returns its rows (prisma.$queryRawUnsafe, or a SqlExecutor's query) */
export type QueryFn = (sql: string) => Promise<unknown[]>;

/** tables the Prisma data model does not describe */
export const IGNORED_TABLES = ["_prisma_migrations"];

/**
 * Indexes schema.prisma cannot declare (GIN on an expression), written by hand in a migration and named
 * in a `///` comment beside the model; compareSchema skips them only while they are expression indexes
 * on that table, and the drift test checks each one's definition.
 */
export const EXPRESSION_INDEXES: Record<string, { table: string; definition: RegExp }> = {
  Profile_nickname_grams_idx: { table: "Profile", definition: /USING gin \(admin_search_grams\(nickname\)\)$/ },
  User_name_grams_idx: { table: "User", definition: /USING gin \(admin_search_grams\(name\)\)$/ },
};

const ACTIONS: Record<string, ReferentialAction> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

const IN_SCHEMA = (alias: string) => `${alias}.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())`;

const SQL = {
  tables: `SELECT c.relname AS "table" FROM pg_class c WHERE c.relkind IN ('r', 'p') AND ${IN_SCHEMA("c")}`,
  // enum columns are reported as "Name" (or "Name"[]) whatever quoting format_type would apply
  columns: `SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS "type",
      CASE WHEN t.typtype = 'e' THEN t.typname WHEN et.typtype = 'e' THEN et.typname END AS "enum",
      t.typcategory = 'A' AS "isArray", NOT a.attnotnull AS "nullable", pg_get_expr(d.adbin, d.adrelid) AS "default"
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid
    LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE c.relkind IN ('r', 'p') AND ${IN_SCHEMA("c")} AND a.attnum > 0 AND NOT a.attisdropped`,
  indexes: `SELECT c.relname AS "table", i.relname AS "name", x.indisunique AS "unique", x.indisprimary AS "primary",
      am.amname AS "method", (x.indpred IS NOT NULL OR x.indexprs IS NOT NULL) AS "partial",
      (SELECT json_agg(json_build_object('column', coalesce(a.attname, '(expression)'), 'desc', (k.opt & 1) = 1) ORDER BY k.i)
         FROM unnest(x.indkey::int2[], x.indoption::int2[]) WITH ORDINALITY AS k(attnum, opt, i)
         LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum) AS "keys"
    FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_am am ON am.oid = i.relam
    WHERE ${IN_SCHEMA("c")}`,
  foreignKeys: `SELECT k.conname AS "name", c.relname AS "table", r.relname AS "refTable",
      k.confdeltype::text AS "onDelete", k.confupdtype::text AS "onUpdate",
      (SELECT json_agg(a.attname ORDER BY u.i) FROM unnest(k.conkey) WITH ORDINALITY AS u(n, i)
         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n) AS "columns",
      (SELECT json_agg(a.attname ORDER BY u.i) FROM unnest(k.confkey) WITH ORDINALITY AS u(n, i)
         JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n) AS "refColumns"
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
    WHERE k.contype = 'f' AND ${IN_SCHEMA("c")}`,
  enums: `SELECT t.typname AS "name", (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) AS "labels"
    FROM pg_type t WHERE t.typtype = 'e' AND t.typnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())`,
};

async function rows<T>(query: QueryFn, sql: string): Promise<T[]> {
  const [row] = (await query(`SELECT coalesce(json_agg(q), '[]')::text AS "json" FROM (${sql}) q`)) as { json: string }[];
  return JSON.parse(row.json) as T[];
}

/** the current schema of the database behind `query` */
export async function readCatalog(query: QueryFn): Promise<DbSchema> {
  const db: DbSchema = { tables: {}, enums: {} };
  for (const t of await rows<{ table: string }>(query, SQL.tables)) db.tables[t.table] = { columns: {}, primaryKey: null, indexes: [], foreignKeys: [] };

  type ColRow = { table: string; column: string; type: string; enum: string | null; isArray: boolean; nullable: boolean; default: string | null };
  for (const c of await rows<ColRow>(query, SQL.columns)) {
    const type = c.enum ? `"${c.enum}"${c.isArray ? "[]" : ""}` : c.type;
    db.tables[c.table].columns[c.column] = { type, nullable: c.nullable, default: c.default };
  }

  type IdxRow = { table: string; name: string; unique: boolean; primary: boolean; method: string; partial: boolean; keys: { column: string; desc: boolean }[] };
  for (const i of await rows<IdxRow>(query, SQL.indexes)) {
    const columns = i.keys.map((k) => k.column);
    if (i.primary) db.tables[i.table].primaryKey = { name: i.name, columns };
    else db.tables[i.table].indexes.push({ name: i.name, unique: i.unique, columns, desc: i.keys.map((k) => k.desc), method: i.method, partial: i.partial });
  }

  type FkRow = Omit<ForeignKey, "onDelete" | "onUpdate"> & { table: string; onDelete: string; onUpdate: string };
  for (const f of await rows<FkRow>(query, SQL.foreignKeys)) {
    const { table, onDelete, onUpdate, ...fk } = f;
    db.tables[table].foreignKeys.push({ ...fk, onDelete: ACTIONS[onDelete], onUpdate: ACTIONS[onUpdate] });
  }

  for (const e of await rows<{ name: string; labels: string[] | null }>(query, SQL.enums)) db.enums[e.name] = e.labels ?? [];
  return db;
}

const NUMERIC = /^(smallint|integer|bigint|real|double precision|numeric.*|decimal.*)(\[\])?$/;
// a cast such as ::text, ::"Role", ::timestamp(3) without time zone, ::character varying(20)[]
const CAST = /::\s*(?:"(?:[^"]|"")+"|[a-z_][a-z0-9_]*(?:\s+(?:precision|varying))?)(?:\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\s+with(?:out)?\s+time\s+zone)?(?:\[\])*/gi;

/** jsonb keeps object keys in its own order (a DEFAULT reads back reordered): compare sorted */
const sortKeys = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(sortKeys)
  : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sortKeys(x)]))
  : v;

/**
 * A default expression in a comparable form: casts dropped, keywords lower-cased, now() for
 * CURRENT_TIMESTAMP, numbers unquoted, JSON literals re-serialized with sorted keys. String literals keep their case.
 */
export function normalizeDefault(expr: string | null, type: string): string | null {
  if (expr === null) return null;
  let out = expr
    .split(/('(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(CAST, "").toLowerCase().replace(/\s+/g, " ").replace(/\s*([(),[\]])\s*/g, "$1")))
    .join("")
    .trim();
  if (/^(current_timestamp(\(\d+\))?|now\(\))$/.test(out)) return "now()";
  const literal = /^'((?:[^']|'')*)'$/.exec(out);
  if (literal && NUMERIC.test(type) && /^[-+]?[\d.]+(e[-+]?\d+)?$/i.test(literal[1])) out = literal[1];
  if (literal && /^jsonb?$/.test(type)) {
    try {
      out = `'${JSON.stringify(sortKeys(JSON.parse(literal[1].replace(/''/g, "'")))).replace(/'/g, "''")}'`;
    } catch {
      // not JSON: compare the text as written
    }
  }
  return out;
}

const show = {
  column: (c: Column) => `${c.type} ${c.nullable ? "NULL" : "NOT NULL"}${c.default === null ? "" : ` DEFAULT ${c.default}`}`,
  index: (i: Index) =>
    `${i.unique ? "UNIQUE " : ""}${i.method} (${i.columns.map((c, n) => (i.desc[n] ? `${c} DESC` : c)).join(", ")})${i.partial ? " partial/expression" : ""}`,
  fk: (f: ForeignKey) => `(${f.columns.join(", ")}) → "${f.refTable}"(${f.refColumns.join(", ")}) ON DELETE ${f.onDelete} ON UPDATE ${f.onUpdate}`,
  pk: (p: PrimaryKey | null) => (p ? `"${p.name}" (${p.columns.join(", ")})` : "(none)"),
};

/** names present on one side only, as "missing in database" / "in database, not in schema.prisma" */
function sides<T>(expected: Record<string, T>, actual: Record<string, T>, label: (name: string) => string, describe: (v: T) => string, out: string[]) {
  for (const name of Object.keys(expected)) if (!(name in actual)) out.push(`${label(name)}: in schema.prisma, missing in database (${describe(expected[name])})`);
  for (const name of Object.keys(actual)) if (!(name in expected)) out.push(`${label(name)}: in database, not in schema.prisma (${describe(actual[name])})`);
  return Object.keys(expected).filter((name) => name in actual);
}

const byName = <T extends { name: string }>(list: T[]) => Object.fromEntries(list.map((x) => [x.name, x]));

/**
 * Every difference between the schema that schema.prisma implies (`model`) and the migrated
 * database (`catalog`), both ways; [] when they agree. `_prisma_migrations` is ignored.
 */
export function compareSchema(model: DbSchema, catalog: DbSchema): string[] {
  const out: string[] = [];
  const actualTables = Object.fromEntries(Object.entries(catalog.tables).filter(([name]) => !IGNORED_TABLES.includes(name)));
  const tableInfo = (t: Table) => `${Object.keys(t.columns).length} columns`;
  for (const table of sides(model.tables, actualTables, (n) => `table "${n}"`, tableInfo, out)) {
    const want = model.tables[table];
    const have = actualTables[table];
    for (const col of sides(want.columns, have.columns, (n) => `column "${table}"."${n}"`, show.column, out)) {
      const [w, h] = [want.columns[col], have.columns[col]];
      const where = `column "${table}"."${col}"`;
      if (w.type !== h.type) out.push(`${where}: type: schema.prisma ${w.type} ≠ database ${h.type}`);
      if (w.nullable !== h.nullable) out.push(`${where}: nullability: schema.prisma ${w.nullable ? "NULL" : "NOT NULL"} ≠ database ${h.nullable ? "NULL" : "NOT NULL"}`);
      const [wd, hd] = [normalizeDefault(w.default, w.type), normalizeDefault(h.default, h.type)];
      if (wd !== hd) out.push(`${where}: default: schema.prisma ${w.default ?? "(none)"} ≠ database ${h.default ?? "(none)"}`);
    }
    if (show.pk(want.primaryKey) !== show.pk(have.primaryKey))
      out.push(`primary key of "${table}": schema.prisma ${show.pk(want.primaryKey)} ≠ database ${show.pk(have.primaryKey)}`);
    const declaredElsewhere = (i: Index) => EXPRESSION_INDEXES[i.name]?.table === table && i.partial && i.columns.every((c) => c === "(expression)");
    const [wi, hi] = [byName(want.indexes), byName(have.indexes.filter((i) => !declaredElsewhere(i)))];
    for (const name of sides(wi, hi, (n) => `index "${n}" on "${table}"`, show.index, out))
      if (show.index(wi[name]) !== show.index(hi[name])) out.push(`index "${name}" on "${table}": schema.prisma ${show.index(wi[name])} ≠ database ${show.index(hi[name])}`);
    const [wf, hf] = [byName(want.foreignKeys), byName(have.foreignKeys)];
    for (const name of sides(wf, hf, (n) => `foreign key "${n}" on "${table}"`, show.fk, out))
      if (show.fk(wf[name]) !== show.fk(hf[name])) out.push(`foreign key "${name}" on "${table}": schema.prisma ${show.fk(wf[name])} ≠ database ${show.fk(hf[name])}`);
  }
  const labels = (l: string[]) => `[${l.join(", ")}]`;
  for (const name of sides(model.enums, catalog.enums, (n) => `enum "${n}"`, labels, out))
    if (labels(model.enums[name]) !== labels(catalog.enums[name])) out.push(`enum "${name}": labels: schema.prisma ${labels(model.enums[name])} ≠ database ${labels(catalog.enums[name])}`);
  return out;
}
