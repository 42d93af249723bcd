// The fuzz suite (tests/integration/security-fuzz-*.int.test.ts declare its parts). Property-based fuzzing (fast-check) of every JSON operation in the registry, from its declared
// input schemas: shaped (mostly valid), mutated and junk params, query and body, ≥ 500 cases per
// operation (FUZZ_RUNS overrides). Properties: never a 5xx; every 4xx has the error shape; a 4xx
// writes nothing (row counts of every table unchanged). The success responses are checked against
// their declared output schema by the adapter itself outside production (a drift → 500 → failure).
// Not fuzzed: cron jobs (each valid call is a weekly build) and form-encoded webhooks.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Operation } from "@/lib/core/operation";
import { ZErrorBody } from "@/lib/core/errors";
import { setRateLimitStore } from "@/lib/http/rate-limit";
import { callOp } from "../helpers/call-op";
import { tokenFor } from "../helpers/http";
import { createMember } from "../helpers/factories";
import { operations, paramNames } from "./helpers";
import { inputArb, paramsArb, toQuery } from "./arbitraries";

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

const fuzzable = (op: Operation) =>
  op.access !== "cron" && op.bodyEncoding !== "form" && (op.body || op.query || op.params) && op.operationId !== "deleteMe"; // withdrawing ends the actor: covered elsewhere

let tables: string[] = [];
async function rowCounts(): Promise<string> {
  const sql = tables.map((t) => `SELECT count(*)::int AS n FROM "${t}"`).join(" UNION ALL ");
  const rows = (await prisma.$queryRawUnsafe(sql)) as { n: number }[];
  return rows.map((r) => r.n).join(",");
}

const tokens: Record<string, string | null> = {};

beforeAll(async () => {
  tables = ((await prisma.$queryRawUnsafe(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('RateLimit', '_prisma_migrations') ORDER BY 1`)) as { t: string }[]).map((r) => r.t);
  const member = await createMember();
  const admin = await createMember({ role: "ADMIN" });
  const newcomer = await createMember({ status: "ONBOARDING", withProfile: false });
  for (let i = 0; i < 6; i++) await createMember(); // somebody to like, block, report
  await prisma.user.updateMany({ data: { lastActiveAt: new Date() } });
  tokens.member = await tokenFor(member);
  tokens.admin = await tokenFor({ id: admin.id, role: "ADMIN" });
  tokens.onboarding = await tokenFor(newcomer);
  tokens.public = null;
  tokens.webhook = null;
});

const tokenOf = (op: Operation) => tokens[typeof op.access === "string" ? op.access : "webhook"] ?? null;

/**
 * Declares the suite for one share of the operations (`part` of `parts`, by registry order): the
 * suite is split over several test files so Vitest's workers fuzz in parallel.
 */
export function fuzzSuite(part: number, parts: number) {
  describe(`fuzzing every JSON operation from its declared schemas (part ${part + 1} of ${parts})`, () => {
    const all = operations().filter(fuzzable);
    const ops = all.filter((_, i) => i % parts === part);

    it("has operations to fuzz", () => {
      expect(all.length).toBeGreaterThan(20);
    });

    for (const op of ops) {
      it(`${op.method} ${op.path}: never 5xx, always the error shape, nothing written on a 4xx`, { timeout: 120_000 }, async () => {
        const names = paramNames(op);
        let counts = await rowCounts();
        const arb = fc.record({ params: paramsArb(op.params, names), query: inputArb(op.query), body: inputArb(op.body) });
        await fc.assert(
          fc.asyncProperty(arb, async ({ params, query, body }) => {
            // fresh in-memory counters: the fuzz exercises the operations, not the rate limiter
            setRateLimitStore({ kind: "memory", prefix: "fuzz" });
            const token = tokenOf(op);
            const res = await callOp(op, { as: token ? { token } : null, params, query: op.query ? toQuery(query) : undefined, body: op.method === "GET" ? undefined : (body ?? {}) });
            if (res.status >= 500) throw new Error(`${res.status} ${JSON.stringify(res.body).slice(0, 300)} for ${JSON.stringify({ params, query, body }).slice(0, 300)}`);
            if (res.status >= 400) {
              const shape = ZErrorBody.safeParse(res.body);
              if (!shape.success) throw new Error(`${res.status} without the error shape: ${JSON.stringify(res.body).slice(0, 200)}`);
              const now = await rowCounts();
              if (now !== counts) throw new Error(`${res.status} ${res.error?.code} but rows changed for ${JSON.stringify({ params, query, body }).slice(0, 300)}`);
            } else {
              counts = await rowCounts();
            }
          }),
          { numRuns: RUNS, endOnFailure: true },
        );
      });
    }
  });
}
