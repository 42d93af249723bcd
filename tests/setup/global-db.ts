// Integration global setup: with a PostgreSQL server (DATABASE_URL), migrate one template database
// that every test file clones into its own database. Without one, each file migrates an in-memory
// PGlite instead (see isolated-db.ts).
import type { TestProject } from "vitest/node";
import { migrate } from "@/lib/db/migrate";
import { postgresExecutor } from "@/lib/db/sql-executor";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string | null;
    pgTemplate: string | null;
  }
}

export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  const base = process.env.DATABASE_URL?.trim();
  if (!base) {
    project.provide("pgAdminUrl", null);
    project.provide("pgTemplate", null);
    return;
  }
  const template = `inyeon_tpl_${process.pid}`;
  const admin = await postgresExecutor(base);
  await admin.exec(`DROP DATABASE IF EXISTS ${template}`);
  await admin.exec(`CREATE DATABASE ${template}`);
  const tpl = await postgresExecutor(databaseUrl(base, template));
  await migrate(tpl);
  await tpl.close();
  project.provide("pgAdminUrl", base);
  project.provide("pgTemplate", template);
  return async () => {
    await admin.exec(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.close();
  };
}
