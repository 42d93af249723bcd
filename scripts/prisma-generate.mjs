// Generates the Prisma client. Generation itself is WASM; the CLI only checks that a schema-engine
// binary exists, which cannot be downloaded on an offline machine: point it at a no-op there.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && existsSync("/bin/true")) env.PRISMA_SCHEMA_ENGINE_BINARY = "/bin/true";
execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: ["ignore", "ignore", "inherit"], env });
