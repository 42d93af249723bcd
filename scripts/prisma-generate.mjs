// Generates the Prisma client. Generation itself is WASM; the CLI only checks that a schema-engine
// binary exists, which cannot be downloaded on an offline machine: point it at a no-op there.
// --if-changed (used by `npm run dev`): skip when the schema and the Prisma version are those of the
// last generation (a hash kept next to the generated client), which saves ~4 s per start.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const output = "lib/generated/prisma";
const stamp = `${output}/.schema-hash`;
const hash = createHash("sha256")
  .update(readFileSync("prisma/schema.prisma"))
  .update(readFileSync("node_modules/prisma/package.json"))
  .digest("hex");
if (process.argv.includes("--if-changed") && existsSync(`${output}/client.ts`) && existsSync(stamp) && readFileSync(stamp, "utf8").trim() === hash) {
  process.exit(0);
}

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && existsSync("/bin/true")) env.PRISMA_SCHEMA_ENGINE_BINARY = "/bin/true";
execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: ["ignore", "ignore", "inherit"], env });
writeFileSync(stamp, hash + "\n");
