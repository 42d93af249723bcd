// Faults: PostgreSQL stopped during requests (a THROWAWAY cluster started here with initdb/pg_ctl on a
// free port in a temp dir — never the shared server), Toss and S3 failing. Each answers 503 with the
// error shape (never a 500), writes nothing partial, and recovers once the dependency is back — in
// the same process, without a restart.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, prisma } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { postgresExecutor } from "@/lib/db/sql-executor";
import { env } from "@/lib/env";
import { blockMemberOperation } from "@/lib/members/block-member";
import { completeOnboardingOperation } from "@/lib/members/complete-onboarding";
import { getMeOperation } from "@/lib/members/get-me";
import { confirmTossPaymentOperation } from "@/lib/payments/toss-confirm";
import { readyTossPaymentOperation } from "@/lib/payments/toss-ready";
import { attachPhotoOperation } from "@/lib/profiles/photos";
import { healthOperation } from "@/lib/system/health";
import { callOp, type OpResponse } from "../helpers/call-op";
import { createMember } from "../helpers/factories";
import { tossStub } from "../setup/isolated-db";

const BIN = "/usr/lib/postgresql/15/bin";
const available = existsSync(`${BIN}/pg_ctl`);
const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary as the postgres OS user when we are root (initdb refuses root). */
function pg(bin: string, args: string[]) {
  const cmd = asRoot ? "runuser" : `${BIN}/${bin}`;
  const argv = asRoot ? ["-u", "postgres", "--", `${BIN}/${bin}`, ...args] : args;
  const r = spawnSync(cmd, argv, { encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) throw new Error(`${bin} ${args.join(" ")} failed: ${r.stderr || r.stdout}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

let dir = "";
let port = 0;
let restoreDatabase: (() => Promise<void>) | undefined;

// lib/db keeps its client, pool and embedded database on globalThis (lib/db/index.ts)
const DB_GLOBALS = ["__inyeonPrisma", "__inyeonPgPool", "__inyeonPglite"] as const;
const dbGlobals = globalThis as unknown as Record<(typeof DB_GLOBALS)[number], unknown>;

/**
 * Points lib/db at another database; the returned function closes that one and puts this file's own
 * database back as it was (a PGlite instance or a pool), so later blocks still find its tables.
 */
function useDatabase(url: string): () => Promise<void> {
  const saved = DB_GLOBALS.map((k) => dbGlobals[k]);
  const savedUrl = env.DATABASE_URL;
  for (const k of DB_GLOBALS) dbGlobals[k] = undefined;
  env.DATABASE_URL = url;
  return async () => {
    await disconnectDb();
    env.DATABASE_URL = savedUrl;
    DB_GLOBALS.forEach((k, i) => (dbGlobals[k] = saved[i]));
  };
}
const start = () => pg("pg_ctl", ["-D", `${dir}/data`, "-l", `${dir}/log`, "-w", "-t", "30", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`, "start"]);
const stop = (mode: "fast" | "immediate" = "fast") => pg("pg_ctl", ["-D", `${dir}/data`, "-w", "-t", "30", "-m", mode, "stop"]);

async function blocksOf(userId: string): Promise<number> {
  return prisma.block.count({ where: { blockerId: userId } }).catch(() => -1);
}

/** After a restart the pool replaces its dead connections: a request or two may still get 503 (retryable), then 200. */
async function recovered(member: { id: string }) {
  let res = await callOp(getMeOperation, { as: member });
  const seen = [res.status];
  for (let i = 0; i < 15 && res.status !== 200; i++) {
    expect(res.status, JSON.stringify(res.body)).toBe(503);
    await new Promise((r) => setTimeout(r, 200));
    res = await callOp(getMeOperation, { as: member });
    seen.push(res.status);
  }
  expect(res.status, `statuses while recovering: ${seen}`).toBe(200);
  // the pool may hold more stale connections than one request uses: drain them the same way
  for (let i = 0; i < 12; i++) {
    const r = await callOp(getMeOperation, { as: member });
    expect([200, 503]).toContain(r.status);
  }
}

const expect503 = (res: OpResponse<unknown>, label: string) => {
  expect(res.status, `${label}: ${JSON.stringify(res.body)}`).toBe(503);
  expect(res.error?.code, label).toBe("UNAVAILABLE");
  expect(res.error?.requestId, label).toBe(res.headers.get("x-request-id"));
  expect(Number(res.headers.get("retry-after")), label).toBeGreaterThan(0);
};

describe.skipIf(!available)("PostgreSQL stopped during requests (throwaway cluster)", () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "inyeon-fault-"));
    chmodSync(dir, 0o777);
    if (asRoot) execFileSync("chown", ["postgres", dir]);
    port = await freePort();
    pg("initdb", ["-D", `${dir}/data`, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
    start();
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    const db = await postgresExecutor(url);
    await migrate(db);
    await db.close();
    // this file's app now talks to the throwaway cluster (lib/db reads env lazily)
    restoreDatabase = useDatabase(url);
  }, 120_000);

  afterAll(async () => {
    await restoreDatabase?.();
    try {
      stop("immediate");
    } catch {
      /* already stopped */
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers 503 with the error shape while the database is down, and recovers without a restart", async () => {
    const member = await createMember();
    const target = await createMember();
    expect((await callOp(getMeOperation, { as: member })).status).toBe(200);

    stop("fast");
    // liveness stays up (it checks nothing: lib/system/health.ts); everything that reads the database is 503
    expect((await callOp(healthOperation)).status).toBe(200);
    expect503(await callOp(getMeOperation, { as: member }), "GET /api/me");
    expect503(await callOp(blockMemberOperation, { as: member, body: { userId: target.id } }), "POST /api/blocks");
    expect(await blocksOf(member.id)).toBe(-1); // unreachable, as the routes said

    start();
    await recovered(member);
    const block = await callOp(blockMemberOperation, { as: member, body: { userId: target.id } });
    expect(block.status).toBe(201);
  }, 90_000);

  it("a crash in the middle of concurrent onboardings: each member is either fully onboarded or untouched, never a 500", async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => createMember({ status: "ONBOARDING", withProfile: false })));
    const body = (i: number) => ({ realName: "김하늘", phone: `010-7${String(i).padStart(3, "0")}-1234`, birthDate: "1990-01-01", gender: "M", agreeTerms: true, agreePrivacy: true, agreeRefund: true, confirmAdult: true });
    const inflight = people.map((_, i) => callOp(completeOnboardingOperation, { as: people[i], body: body(i) }));
    await new Promise((r) => setTimeout(r, 40));
    stop("immediate"); // a crash, not a clean shutdown
    const results = await Promise.all(inflight);
    for (const r of results) {
      expect([200, 503], JSON.stringify(r.body)).toContain(r.status);
      if (r.status === 503) expect(r.error?.code).toBe("UNAVAILABLE");
    }
    start();
    await recovered(people[0]);
    // no partial writes: ACTIVE ⇔ one consent row, ONBOARDING ⇔ none
    for (const [i, p] of people.entries()) {
      const row = await prisma.user.findUniqueOrThrow({ where: { id: p.id }, select: { status: true, consents: { select: { id: true } } } });
      expect(row.consents.length, `member ${i} ${row.status}`).toBe(row.status === "ACTIVE" ? 1 : 0);
      if (results[i].status === 200) expect(row.status).toBe("ACTIVE");
    }
    // and the ones refused can finish now
    for (const [i, p] of people.entries()) {
      if (results[i].status === 503) {
        const again = await callOp(completeOnboardingOperation, { as: people[i], body: body(i) });
        expect([200, 409], `${p.id}: ${JSON.stringify(again.body)}`).toContain(again.status);
      }
    }
  }, 90_000);
});

describe("Toss and S3 failures", () => {
  it("Toss answering 500 → 503 with the error shape; nothing upgraded; the retry succeeds", async () => {
    tossStub.reset();
    const m = await createMember();
    const ready = await callOp(readyTossPaymentOperation, { as: m, body: { productId: "membership-basic-90d" } });
    expect(ready.status).toBe(201);
    const { orderId, amount, orderName } = ready.body.checkout;
    const { paymentKey } = tossStub.createAuthorizedPayment({ orderId, amount, orderName });
    tossStub.injectFault({ op: "confirm", status: 500 });
    const failed = await callOp(confirmTossPaymentOperation, { as: m, body: { paymentKey, orderId, amount } });
    expect(failed.status).toBe(503);
    expect(failed.error?.code).toBe("UNAVAILABLE");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: m.id }, select: { membershipTier: true } })).membershipTier).toBe("FREE");
    const retry = await callOp(confirmTossPaymentOperation, { as: m, body: { paymentKey, orderId, amount } });
    expect(retry.status).toBe(200);
  });

  it("S3 unreachable → 503 with the error shape on an operation that reads storage; nothing written; recovers", async () => {
    const m = await createMember();
    const key = `photos/${m.id}/00000000-0000-4000-8000-000000000000.jpg`;
    const s3Global = globalThis as unknown as { __inyeonS3?: unknown };
    const endpoint = env.S3_ENDPOINT;
    env.S3_ENDPOINT = `http://127.0.0.1:${await freePort()}`; // nobody listens there
    s3Global.__inyeonS3 = undefined;
    try {
      const before = await prisma.photo.findMany({ where: { userId: m.id } });
      const res = await callOp(attachPhotoOperation, { as: m, body: { key } });
      expect(res.status, JSON.stringify(res.body)).toBe(503);
      expect(res.error?.code).toBe("UNAVAILABLE");
      expect(await prisma.photo.findMany({ where: { userId: m.id } })).toEqual(before);
    } finally {
      env.S3_ENDPOINT = endpoint;
      s3Global.__inyeonS3 = undefined;
    }
    // back: the object does not exist, which is a 4xx, not a 5xx
    const after = await callOp(attachPhotoOperation, { as: m, body: { key } });
    expect(after.status).toBeLessThan(500);
  });
});
