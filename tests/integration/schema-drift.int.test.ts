// Schema drift: prisma/schema.prisma (read through Prisma's own DMMF) and the hand-written SQL in
// prisma/migrations must describe the same database, and _prisma_migrations must look like Prisma's.
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db";
import { migrate, readMigrations, type MigrationFile } from "@/lib/db/migrate";
import { pgliteExecutor, postgresExecutor, type SqlExecutor } from "@/lib/db/sql-executor";
import { databaseUrl } from "../setup/global-db";
import { compareSchema, EXPRESSION_INDEXES, normalizeDefault, readCatalog, type DbSchema } from "../helpers/pg-catalog";
import { expectedSchema, readPrismaModel } from "../helpers/prisma-model";

const migrationsDir = path.join(process.cwd(), "prisma", "migrations");
const model = expectedSchema(readPrismaModel());
const catalog = await readCatalog((sql) => prisma.$queryRawUnsafe(sql));
const clone = (s: DbSchema): DbSchema => structuredClone(s);

/** a second, fresh database migrated with `migrations` (a temp database on PostgreSQL, else an in-memory PGlite) */
async function withMigratedDatabase<T>(migrations: MigrationFile[], inspect: (db: SqlExecutor) => Promise<T>): Promise<T> {
  const adminUrl = inject("pgAdminUrl");
  if (!adminUrl) {
    const db = pgliteExecutor(new PGlite("memory://"));
    try {
      await migrate(db, migrations);
      return await inspect(db);
    } finally {
      await db.close();
    }
  }
  const name = `inyeon_drift_${randomBytes(6).toString("hex")}`;
  const admin = await postgresExecutor(adminUrl);
  try {
    await admin.exec(`CREATE DATABASE ${name}`);
    const db = await postgresExecutor(databaseUrl(adminUrl, name));
    try {
      await migrate(db, migrations);
      return await inspect(db);
    } finally {
      await db.close();
    }
  } finally {
    await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  }
}

describe("schema.prisma ↔ prisma/migrations", () => {
  it("the migrated database is exactly what Prisma Migrate would create for schema.prisma", () => {
    const diff = compareSchema(model, catalog);
    expect(diff, `schema.prisma and prisma/migrations disagree (${diff.length}):\n  ${diff.join("\n  ")}\n`).toEqual([]);
  });

  it("has the hand-written expression indexes schema.prisma cannot declare, as written", async () => {
    const rows = await prisma.$queryRawUnsafe<{ name: string; table: string; def: string }[]>(
      `SELECT indexrelid::regclass::text AS name, indrelid::regclass::text AS table, pg_get_indexdef(indexrelid) AS def FROM pg_index WHERE indexrelid::regclass::text = ANY($1)`,
      Object.keys(EXPRESSION_INDEXES).map((n) => `"${n}"`),
    );
    expect(rows.map((r) => r.name.replace(/"/g, "")).sort()).toEqual(Object.keys(EXPRESSION_INDEXES).sort());
    for (const r of rows) {
      const want = EXPRESSION_INDEXES[r.name.replace(/"/g, "")];
      expect(r.table.replace(/"/g, "")).toBe(want.table);
      expect(r.def).toMatch(want.definition);
    }
  });

  it("reads both sides for real (not two empty schemas agreeing)", () => {
    const declared = [...readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
    expect(declared.length).toBeGreaterThan(10);
    expect(Object.keys(model.tables).sort()).toEqual(declared.sort());
    expect(Object.keys(catalog.tables).sort()).toEqual([...Object.keys(model.tables), "_prisma_migrations"].sort());
    const user = catalog.tables.User;
    expect(user.primaryKey).toEqual({ name: "User_pkey", columns: ["id"] });
    expect(user.columns.id).toEqual({ type: "uuid", nullable: false, default: null });
    expect(user.columns.birthDate).toMatchObject({ type: "date", nullable: true });
    expect(user.columns.gender).toEqual({ type: '"Gender"', nullable: true, default: null });
    expect(user.columns.role).toEqual({ type: '"Role"', nullable: false, default: `'MEMBER'::"Role"` });
    expect(user.columns.createdAt).toEqual({ type: "timestamp(3) without time zone", nullable: false, default: "CURRENT_TIMESTAMP" });
    expect(user.columns.matchingCount).toEqual({ type: "integer", nullable: false, default: "0" });
    expect(user.indexes).toContainEqual({ name: "User_email_key", unique: true, columns: ["email"], desc: [false], method: "btree", partial: false });
    expect(catalog.tables.Profile.columns.keywords).toEqual({ type: "text[]", nullable: true, default: "ARRAY[]::text[]" });
    expect(normalizeDefault(catalog.tables.Profile.columns.visibility.default, "jsonb")).toBe(
      normalizeDefault(model.tables.Profile.columns.visibility.default, "jsonb"),
    );
    expect(catalog.tables.Profile.columns.visibility.type).toBe("jsonb");
    expect(catalog.tables.Recommendation.columns.id.default).toBe("gen_random_uuid()");
    expect(catalog.tables.Recommendation.columns.score.type).toBe("double precision");
    expect(catalog.tables.Report.columns.handled).toEqual({ type: "boolean", nullable: false, default: "false" });
    expect(catalog.tables.Recommendation.indexes.find((i) => i.name === "Recommendation_userId_targetId_batchWeek_key")).toMatchObject({
      unique: true,
      columns: ["userId", "targetId", "batchWeek"],
    });
    expect(catalog.tables.Payment.foreignKeys).toContainEqual({
      name: "Payment_matchId_fkey", columns: ["matchId"], refTable: "Match", refColumns: ["id"], onDelete: "SET NULL", onUpdate: "CASCADE",
    });
    expect(catalog.tables.Report.foreignKeys.find((f) => f.name === "Report_reporterId_fkey")?.onDelete).toBe("RESTRICT");
    expect(catalog.enums.UserStatus).toEqual(["ONBOARDING", "ACTIVE", "MATCHING", "MATCHED", "WITHDRAWN", "BANNED"]);
  });

  it("records every migration in _prisma_migrations the way Prisma Migrate does", async () => {
    const folders = readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const rows = (await prisma.$queryRawUnsafe(
      `SELECT id, checksum, migration_name, finished_at IS NOT NULL AS finished, started_at <= finished_at AS ordered,
              logs, rolled_back_at IS NULL AS live, applied_steps_count::int AS steps
         FROM "_prisma_migrations" ORDER BY migration_name`,
    )) as { id: string; checksum: string; migration_name: string; finished: boolean; ordered: boolean; logs: string | null; live: boolean; steps: number }[];
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    for (const r of rows) {
      const sql = readFileSync(path.join(migrationsDir, r.migration_name, "migration.sql"));
      expect(r).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
        checksum: createHash("sha256").update(sql).digest("hex"),
        migration_name: r.migration_name,
        finished: true,
        ordered: true,
        logs: null,
        live: true,
        steps: 1,
      });
    }
    // the bookkeeping table itself has Prisma's shape, so `prisma migrate status` can read it
    const table = catalog.tables._prisma_migrations;
    expect(table.primaryKey).toEqual({ name: "_prisma_migrations_pkey", columns: ["id"] });
    expect(table.columns).toEqual({
      id: { type: "character varying(36)", nullable: false, default: null },
      checksum: { type: "character varying(64)", nullable: false, default: null },
      finished_at: { type: "timestamp with time zone", nullable: true, default: null },
      migration_name: { type: "character varying(255)", nullable: false, default: null },
      logs: { type: "text", nullable: true, default: null },
      rolled_back_at: { type: "timestamp with time zone", nullable: true, default: null },
      started_at: { type: "timestamp with time zone", nullable: false, default: "now()" },
      applied_steps_count: { type: "integer", nullable: false, default: "0" },
    });
  });
});

describe("the drift check fails when the SQL is wrong", () => {
  it("reports a column deleted from the migration SQL, and nothing else", async () => {
    // a column no later migration names (an index on "gender" would fail on its own first)
    const line = /^\s*"image" TEXT,\r?\n/m;
    const migrations = readMigrations(migrationsDir);
    const init = migrations.findIndex((m) => /CREATE TABLE "User" \([^;]*"image" TEXT,/.test(m.sql));
    expect(init).toBeGreaterThanOrEqual(0);
    const broken = migrations.map((m, i) => (i === init ? { ...m, sql: m.sql.replace(line, "") } : m));
    expect(broken[init].sql).not.toBe(migrations[init].sql);

    const diff = await withMigratedDatabase(broken, async (db) => compareSchema(model, await readCatalog(async (sql) => (await db.query(sql)).rows)));
    expect(diff).toEqual(['column "User"."image": in schema.prisma, missing in database (text NULL)']);
  });

  it("reports a changed nullability and a dropped unique index", () => {
    const db = clone(catalog);
    db.tables.User.columns.kakaoId.nullable = false;
    db.tables.User.indexes = db.tables.User.indexes.filter((i) => i.name !== "User_email_key");
    expect(compareSchema(model, db)).toEqual([
      'column "User"."kakaoId": nullability: schema.prisma NULL ≠ database NOT NULL',
      'index "User_email_key" on "User": in schema.prisma, missing in database (UNIQUE btree (email))',
    ]);
  });

  it("reports extra tables, columns and indexes in the database, both directions", () => {
    const db = clone(catalog);
    db.tables.Stray = { columns: { id: { type: "integer", nullable: false, default: null } }, primaryKey: null, indexes: [], foreignKeys: [] };
    db.tables.User.columns.nickname = { type: "text", nullable: true, default: null };
    db.tables.Like.indexes.push({ name: "Like_batchWeek_idx", unique: false, columns: ["batchWeek"], desc: [false], method: "btree", partial: false });
    delete db.enums.PaymentMethod;
    expect(compareSchema(model, db)).toEqual([
      'table "Stray": in database, not in schema.prisma (1 columns)',
      'column "User"."nickname": in database, not in schema.prisma (text NULL)',
      'index "Like_batchWeek_idx" on "Like": in database, not in schema.prisma (btree (batchWeek))',
      'enum "PaymentMethod": in schema.prisma, missing in database ([TRANSFER, TOSS])',
    ]);
  });

  it("reports wrong types, defaults, index columns, key actions and enum order", () => {
    const db = clone(catalog);
    db.tables.User.columns.birthDate.type = "timestamp(3) without time zone";
    db.tables.User.columns.role.default = `'ADMIN'::"Role"`;
    db.tables.ExposureLog.columns.reason.default = null;
    db.tables.Block.indexes.find((i) => i.name === "Block_blockerId_blockedId_key")!.columns.reverse();
    db.tables.Payment.foreignKeys.find((f) => f.name === "Payment_matchId_fkey")!.onDelete = "CASCADE";
    db.tables.Session.primaryKey = null;
    db.enums.Gender = ["F", "M"];
    expect(compareSchema(model, db)).toEqual([
      `column "User"."role": default: schema.prisma 'MEMBER' ≠ database 'ADMIN'::"Role"`,
      'column "User"."birthDate": type: schema.prisma date ≠ database timestamp(3) without time zone',
      'primary key of "Session": schema.prisma "Session_pkey" (id) ≠ database (none)',
      'index "Block_blockerId_blockedId_key" on "Block": schema.prisma UNIQUE btree (blockerId, blockedId) ≠ database UNIQUE btree (blockedId, blockerId)',
      `column "ExposureLog"."reason": default: schema.prisma 'weekly_rec' ≠ database (none)`,
      'foreign key "Payment_matchId_fkey" on "Payment": schema.prisma (matchId) → "Match"(id) ON DELETE SET NULL ON UPDATE CASCADE ≠ database (matchId) → "Match"(id) ON DELETE CASCADE ON UPDATE CASCADE',
      'enum "Gender": labels: schema.prisma [M, F] ≠ database [F, M]',
    ]);
  });
});
