// Authentication attacks against every member and admin operation of the registry: forged, expired,
// wrong-issuer, wrong-audience, `alg: none` and role-inflated JWTs; a forged session cookie; the
// `x-middleware-subrequest` header (CVE-2025-29927) that once skipped Next middleware; a banned or
// withdrawn member whose token is still valid. Each must be refused, with the error shape, writing nothing.
import { SignJWT, UnsecuredJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Operation } from "@/lib/core/operation";
import { callOp } from "../helpers/call-op";
import { tokenFor } from "../helpers/http";
import { createMember } from "../helpers/factories";
import { changedTables, fingerprint, isPersonAccess, operations, unknownParams } from "../security/helpers";

const secret = new TextEncoder().encode(env.JWT_SECRET);
const now = () => Math.floor(Date.now() / 1000);

function jwt(sub: string, opts: { role?: string; iss?: string; aud?: string; iat?: number; exp?: number; key?: Uint8Array; alg?: string } = {}) {
  const iat = opts.iat ?? now();
  return new SignJWT({ role: opts.role ?? "MEMBER" })
    .setProtectedHeader({ alg: opts.alg ?? "HS256", typ: "JWT" })
    .setSubject(sub)
    .setIssuer(opts.iss ?? env.JWT_ISSUER)
    .setAudience(opts.aud ?? env.JWT_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(opts.exp ?? iat + 3600)
    .sign(opts.key ?? secret);
}

let member: { id: string }, admin: { id: string };
beforeAll(async () => {
  member = await createMember();
  admin = await createMember({ role: "ADMIN" });
  await prisma.user.updateMany({ data: { lastActiveAt: new Date() } });
});

async function everyPersonOperation(token: string | null, headers: Record<string, string> = {}, only: (op: Operation) => boolean = () => true) {
  const out: { op: Operation; status: number; code?: string }[] = [];
  for (const op of operations().filter((o) => isPersonAccess(o) && only(o))) {
    const params = unknownParams(op);
    const res = await callOp(op, { as: token ? { token } : null, params, headers, body: op.method === "GET" ? undefined : {} });
    out.push({ op, status: res.status, code: res.error?.code });
  }
  return out;
}

const refusedWith = (results: Awaited<ReturnType<typeof everyPersonOperation>>, status: number) =>
  results.filter((r) => r.status !== status).map((r) => `${r.op.method} ${r.op.path}: ${r.status} ${r.code}`);

describe("forged and malformed app JWTs", () => {
  it("refuses forged, expired, wrong-issuer, wrong-audience, future and alg:none tokens with 401 on every operation", { timeout: 180_000 }, async () => {
    const before = await fingerprint();
    const bad: Record<string, string> = {
      forged: await jwt(member.id, { key: new TextEncoder().encode("an-attacker-secret-that-is-long-enough!!") }),
      expired: await jwt(member.id, { iat: now() - 7200, exp: now() - 3600 }),
      wrongIssuer: await jwt(member.id, { iss: "someone-else" }),
      wrongAudience: await jwt(member.id, { aud: "another-app" }),
      algNone: new UnsecuredJWT({ role: "ADMIN" }).setSubject(admin.id).setIssuer(env.JWT_ISSUER).setAudience(env.JWT_AUDIENCE).setIssuedAt().setExpirationTime("1h").encode(),
      hs512: await jwt(member.id, { alg: "HS512" }),
      garbage: "not.a.jwt",
      nonUuidSubject: await jwt("../../admin"),
    };
    for (const [name, token] of Object.entries(bad)) {
      const results = await everyPersonOperation(token);
      expect(refusedWith(results, 401), name).toEqual([]);
      expect(results.every((r) => r.code === "UNAUTHENTICATED"), name).toBe(true);
    }
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });

  it("takes the role from the database, not the token: a member's token claiming ADMIN gets 403 on admin operations", { timeout: 90_000 }, async () => {
    const inflated = await jwt(member.id, { role: "ADMIN" });
    // admin operations only: the member operations would include DELETE /api/me (withdrawal)
    const results = await everyPersonOperation(inflated, {}, (op) => op.access === "admin");
    expect(results.length).toBeGreaterThan(5);
    expect(refusedWith(results, 403)).toEqual([]);
  });

  it("refuses a forged session cookie like no session (401)", { timeout: 90_000 }, async () => {
    const results = await everyPersonOperation(null, { cookie: "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged.forged.forged.forged" });
    expect(refusedWith(results, 401)).toEqual([]);
  });
});

describe("the x-middleware-subrequest bypass", () => {
  it("gives no access: every operation still authenticates in the route adapter (401 signed out)", { timeout: 90_000 }, async () => {
    const header = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" };
    const results = await everyPersonOperation(null, header);
    expect(refusedWith(results, 401)).toEqual([]);
  });

  it("is not honoured by the API middleware either (it only adds CORS and the request id)", async () => {
    const { apiMiddleware } = await import("@/lib/http/api-middleware");
    const { NextRequest } = await import("next/server");
    const res = apiMiddleware(new NextRequest("http://localhost:3000/api/admin/users", { headers: { "x-middleware-subrequest": "middleware" } }));
    expect(res.headers.get("x-middleware-next")).toBe("1"); // passes on to the handler, which answers 401
  });
});

describe("members whose token outlives their account", () => {
  it("a banned member with a still-valid token gets 403 on every operation, and a withdrawn one 401, writing nothing", { timeout: 90_000 }, async () => {
    const banned = await createMember();
    const withdrawn = await createMember();
    const [bannedToken, withdrawnToken] = [await tokenFor(banned), await tokenFor(withdrawn)];
    // the bans happen after the tokens were issued
    await prisma.user.update({ where: { id: banned.id }, data: { status: "BANNED", bannedAt: new Date(), banReason: "test" } });
    await prisma.user.update({ where: { id: withdrawn.id }, data: { status: "WITHDRAWN", deletedAt: new Date(), kakaoId: null } });
    const before = await fingerprint();
    const b = await everyPersonOperation(bannedToken);
    expect(refusedWith(b, 403)).toEqual([]);
    const w = await everyPersonOperation(withdrawnToken);
    expect(refusedWith(w, 401)).toEqual([]);
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });
});
