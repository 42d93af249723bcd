// After the Vitest run (scripts/test.mjs): every declared operation must have answered at least one
// successful request through its route handler, whose response the adapter checked against the
// declared schema. The route adapter appends "METHOD /path" to CONTRACT_LOG for each 2xx.
import { existsSync, readFileSync } from "node:fs";
import { OPERATIONS } from "@/lib/openapi/operations";

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error(`contract coverage: no call log at ${file}`);
  process.exit(1);
}
const called = new Set(readFileSync(file, "utf8").split("\n").filter(Boolean));
const missing = OPERATIONS.map((o) => `${o.method} ${o.path}`).filter((k) => !called.has(k));
console.log(`contract coverage: ${OPERATIONS.length - missing.length}/${OPERATIONS.length} operations answered a checked 2xx`);
if (missing.length) {
  console.error(`never called successfully by the integration suites:\n  ${missing.join("\n  ")}`);
  process.exit(1);
}
