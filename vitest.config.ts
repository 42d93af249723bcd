// Vitest: unit tests (pure logic) and integration tests (use cases and route handlers against a
// real database: the PostgreSQL server at DATABASE_URL, or in-process PGlite when none is set).
import path from "node:path";
import { defineConfig } from "vitest/config";

// lib/env, lib/db and lib/crypto import "server-only"; tests run them on the server, as Next does
// (its react-server build is this empty module)
const alias = { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js") };

export default defineConfig({
  resolve: { alias },
  test: {
    env: { APP_ENV: "test", NEXT_TELEMETRY_DISABLED: "1" },
    pool: "forks",
    // ends the run with a loud list of what was skipped for want of PostgreSQL, Redis or its binaries
    reporters: ["default", "./tests/setup/skip-summary.ts"],
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          env: { APP_ENV: "test" },
          // the actions check imports page actions, and with them next-auth (see below)
          server: { deps: { inline: ["next-auth"] } },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.int.test.ts"],
          env: { APP_ENV: "test" },
          globalSetup: ["tests/setup/global-db.ts", "tests/setup/global-s3.ts"],
          setupFiles: ["tests/setup/isolated-db.ts"],
          // next-auth imports "next/server" without an extension: let Vite resolve it
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
