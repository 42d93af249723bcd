// The ten findings of issue 12 (the running app attacked as an outsider would), one test each; each
// failed before its fix. Routes are called through their real handlers (tests/helpers/http.ts).
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as onboard } from "@/app/api/onboarding/route";
import { POST as syncKakao } from "@/app/api/auth/sync-kakao/route";
import { POST as postBlock } from "@/app/api/blocks/route";
import { POST as postReport } from "@/app/api/reports/route";
import { PUT as putProfile } from "@/app/api/profile/route";
import { POST as postLike } from "@/app/api/likes/route";
import { POST as adminRun } from "@/app/api/admin/recs/run/route";
import { GET as healthz } from "@/app/api/healthz/route";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { route } from "@/lib/http/route";
import { toErrorBody } from "@/lib/core/errors";
import { healthOperation } from "@/lib/system/health";
import { addWeeks, currentWeek } from "@/lib/core/week";
import { call, tokenFor } from "../helpers/http";
import { createMember } from "../helpers/factories";
import { kakaoStub } from "../setup/isolated-db";

async function member(status: "ACTIVE" | "ONBOARDING" | "BANNED" | "WITHDRAWN" = "ACTIVE") {
  const user = await createMember({ status, withProfile: status !== "ONBOARDING" });
  return { ...user, token: await tokenFor(user) };
}

/** an Auth.js session cookie for `userId` (what a browser sends after Kakao sign-in) */
async function sessionCookie(userId: string) {
  const value = await encode({ token: { uid: userId, sub: userId }, secret: env.AUTH_SECRET, salt: "authjs.session-token" });
  return `authjs.session-token=${value}`;
}

const expectErrorShape = (json: unknown, code: string) => expect(json).toMatchObject({ error: { code, message: expect.any(String) } });

afterEach(async () => {
  vi.restoreAllMocks();
  env.TRUSTED_PROXY = "none";
  await prisma.rateLimit.deleteMany(); // each test starts with fresh counters
});

describe("#1 one phone number, one live account", () => {
  it("lets exactly one of 10 concurrent onboardings with the same phone succeed; the rest get 409", async () => {
    const people = await Promise.all(Array.from({ length: 10 }, () => member("ONBOARDING")));
    const body = { realName: "김하늘", phone: "010-5555-0101", birthDate: "1993-04-21", gender: "F", agreeTerms: true, agreePrivacy: true, agreeRefund: true, confirmAdult: true };
    const results = await Promise.all(people.map((p) => call(onboard, "POST", "/api/onboarding", { token: p.token, body })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    for (const r of results.filter((x) => x.status === 409)) expectErrorShape(r.json, "CONFLICT");
    const ids = people.map((p) => p.id);
    expect(await prisma.user.count({ where: { id: { in: ids }, status: "ACTIVE" } })).toBe(1);
    expect(await prisma.consent.count({ where: { userId: { in: ids } } })).toBe(1);
  });
});

describe("#2 rate limits that a client cannot dodge", () => {
  it("does not trust X-Forwarded-For unless a proxy is configured: rotating it still hits the limit", async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 21; i++) {
      last = await call(syncKakao, "POST", "/api/auth/sync-kakao", { body: { accessToken: "bogus" }, headers: { "x-forwarded-for": `198.51.100.${i}` } });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(last!.status).toBe(429);
    expectErrorShape(last!.json, "RATE_LIMITED");
    expect(last!.headers.get("x-ratelimit-limit")).toBe("20");
    expect(last!.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(last!.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    // the counter lives in the shared store (the database here: no REDIS_URL), not in this process
    expect(await prisma.rateLimit.count({ where: { key: { contains: "sync-kakao" } } })).toBeGreaterThan(0);
  });

  it("with TRUSTED_PROXY=vercel counts per x-vercel-forwarded-for client", async () => {
    env.TRUSTED_PROXY = "vercel";
    const a = await call(syncKakao, "POST", "/api/auth/sync-kakao", { body: { accessToken: "bogus" }, headers: { "x-vercel-forwarded-for": "203.0.113.5" } });
    const b = await call(syncKakao, "POST", "/api/auth/sync-kakao", { body: { accessToken: "bogus" }, headers: { "x-vercel-forwarded-for": "203.0.113.6" } });
    expect(a.headers.get("x-ratelimit-remaining")).toBe("19");
    expect(b.headers.get("x-ratelimit-remaining")).toBe("19");
  });

  it("limits likes, reports, blocks, onboarding and upload URLs too (each declares a rule)", async () => {
    const { OPERATIONS } = await import("@/lib/openapi/operations");
    const limited = (method: string, path: string) => OPERATIONS.find((o) => o.method === method && o.path === path)?.rateLimit;
    for (const [method, path, by] of [
      ["POST", "/api/likes", "actor"],
      ["POST", "/api/reports", "actor"],
      ["POST", "/api/blocks", "actor"],
      ["POST", "/api/onboarding", "ip"],
      ["POST", "/api/photos/upload-url", "actor"],
      ["POST", "/api/auth/sync-kakao", "ip"],
    ] as const) {
      const rule = limited(method, path);
      expect(rule, `${method} ${path}`).toBeDefined();
      expect(rule!.by ?? "actor", `${method} ${path}`).toBe(by);
    }
  });
});

describe("#3 ids are compared normalised", () => {
  it("refuses self block and self report with an upper-case id (422) and writes nothing", async () => {
    const me = await member();
    const upper = me.id.toUpperCase();
    const block = await call(postBlock, "POST", "/api/blocks", { token: me.token, body: { userId: upper } });
    expect(block.status).toBe(422);
    const report = await call(postReport, "POST", "/api/reports", { token: me.token, body: { userId: upper, reason: "OTHER" } });
    expect(report.status).toBe(422);
    expect(await prisma.block.count({ where: { blockerId: me.id } })).toBe(0);
    expect(await prisma.report.count({ where: { reporterId: me.id } })).toBe(0);
  });

  it("stores an upper-case id of another member in its canonical form", async () => {
    const [me, them] = [await member(), await member()];
    const res = await call(postBlock, "POST", "/api/blocks", { token: me.token, body: { userId: them.id.toUpperCase() } });
    expect(res.status).toBe(201);
    expect(res.json.block.userId).toBe(them.id);
  });
});

describe("#4 NUL and control characters in free text", () => {
  it("answers 422 (not 500) for NUL in intro, job and a report's detail, and writes nothing", async () => {
    const [me, them] = [await member(), await member()];
    const before = await prisma.profile.findUniqueOrThrow({ where: { userId: me.id }, select: { intro: true, job: true } });
    for (const field of ["intro", "job"]) {
      const res = await call(putProfile, "PUT", "/api/profile", { token: me.token, body: { nickname: "널문자", region: "서울", [field]: "안녕\u0000하세요" } });
      expect(res.status, field).toBe(422);
      expectErrorShape(res.json, "VALIDATION_FAILED");
    }
    const ctrl = await call(putProfile, "PUT", "/api/profile", { token: me.token, body: { nickname: "널문자", region: "서울", job: "회사\u0007원" } });
    expect(ctrl.status).toBe(422);
    expect(await prisma.profile.findUniqueOrThrow({ where: { userId: me.id }, select: { intro: true, job: true } })).toEqual(before);
    const report = await call(postReport, "POST", "/api/reports", { token: me.token, body: { userId: them.id, reason: "OTHER", detail: "a\u0000b" } });
    expect(report.status).toBe(422);
    expect(await prisma.report.count()).toBe(0);
    // line breaks stay allowed in multi-line text
    const ok = await call(putProfile, "PUT", "/api/profile", { token: me.token, body: { nickname: "줄바꿈", region: "서울", intro: "첫 줄\n둘째 줄" } });
    expect(ok.status).toBe(200);
  });
});

describe("#5 malformed Kakao tokens", () => {
  it("answers 401 quietly (no error log, Kakao not called) for non-ASCII and newline tokens; 422 for NUL", async () => {
    const errors = vi.spyOn(logger, "error");
    for (const accessToken of ["토큰", "abc\ndef", "abc\r\nX-Injected: 1", "tok en"]) {
      const res = await call(syncKakao, "POST", "/api/auth/sync-kakao", { body: { accessToken } });
      expect(res.status, JSON.stringify(accessToken)).toBe(401);
      expectErrorShape(res.json, "UNAUTHENTICATED");
    }
    const nul = await call(syncKakao, "POST", "/api/auth/sync-kakao", { body: { accessToken: "abc\u0000def" } });
    expect(nul.status).toBe(422);
    expect(errors).not.toHaveBeenCalled();
    // a well-formed token still works
    const user = await createMember();
    const good = await call(syncKakao, "POST", "/api/auth/sync-kakao", { body: { accessToken: kakaoStub.issueAccessToken({ kakaoId: user.kakaoId! }) } });
    expect(good.status).toBe(200);
  });
});

describe("#6 malformed percent-encoding in an API path", () => {
  it("is answered by middleware with a JSON 400 in the error shape", async () => {
    const { apiPathProblem } = await import("@/lib/http/api-middleware");
    const res = apiPathProblem("/api/matches/%zz");
    expect(res?.status).toBe(400);
    expectErrorShape(await res!.json(), "BAD_REQUEST");
    expect(apiPathProblem("/api/matches/%ED%95%9C")).toBeNull();
  });
});

describe("#7 a database failure answers 503 UNAVAILABLE with Retry-After", () => {
  it("maps Prisma and PostgreSQL connection errors (any depth of cause) to 503", () => {
    const prismaDown = Object.assign(new Error("Can't reach database server at 127.0.0.1:1"), { code: "P1001" });
    const pgShutdown = Object.assign(new Error("driver error"), { cause: Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }) });
    const refused = Object.assign(new Error("x"), { meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } });
    const poolTimeout = Object.assign(new Error("Timed out fetching a new connection from the connection pool"), { code: "P2024" });
    for (const err of [prismaDown, pgShutdown, refused, poolTimeout]) {
      const out = toErrorBody(err);
      expect(out.status).toBe(503);
      expect(out.body.error.code).toBe("UNAVAILABLE");
      expect(out.retryAfter).toBeGreaterThan(0);
    }
    expect(toErrorBody(new Error("a bug")).status).toBe(500);
  });

  it("a route whose query fails to connect answers 503 with the error shape, requestId and Retry-After", async () => {
    const down = route({
      ...healthOperation,
      run: async () => {
        throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
      },
    });
    const res = await call(down, "GET", "/api/healthz");
    expect(res.status).toBe(503);
    expectErrorShape(res.json, "UNAVAILABLE");
    expect(res.json.error.requestId).toBe(res.headers.get("x-request-id"));
    expect(res.headers.get("retry-after")).toBe("5");
    expect((await call(healthz, "GET", "/api/healthz")).status).toBe(200);
  });
});

describe("#8 cross-site writes", () => {
  it("refuses text/plain and form-encoded bodies on JSON writes with 415, nothing written", async () => {
    const [me, them] = [await member(), await member()];
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const res = await call(postBlock, "POST", "/api/blocks", { token: me.token, rawBody: JSON.stringify({ userId: them.id }), headers: { "content-type": type } });
      expect(res.status, type).toBe(415);
      expectErrorShape(res.json, "UNSUPPORTED_MEDIA_TYPE");
    }
    // a body without any content type is refused as well (a browser's text/plain default)
    const bare = await call(postBlock, "POST", "/api/blocks", { token: me.token, rawBody: JSON.stringify({ userId: them.id }) });
    expect(bare.status).toBe(415);
    expect(await prisma.block.count({ where: { blockerId: me.id } })).toBe(0);
  });

  it("refuses a cookie-authenticated write from a foreign Origin (403) but allows our own origin and Bearer calls", async () => {
    const [me, them, other] = [await member(), await member(), await member()];
    const cookie = await sessionCookie(me.id);
    const foreign = await call(postBlock, "POST", "/api/blocks", { body: { userId: them.id }, headers: { cookie, origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    expectErrorShape(foreign.json, "FORBIDDEN");
    const crossSite = await call(postBlock, "POST", "/api/blocks", { body: { userId: them.id }, headers: { cookie, "sec-fetch-site": "cross-site" } });
    expect(crossSite.status).toBe(403);
    expect(await prisma.block.count({ where: { blockerId: me.id } })).toBe(0);

    const own = await call(postBlock, "POST", "/api/blocks", { body: { userId: them.id }, headers: { cookie, origin: "http://localhost:3000" } });
    expect(own.status).toBe(201);
    // Bearer tokens carry no ambient authority: any origin may use them
    const bearer = await call(postBlock, "POST", "/api/blocks", { token: me.token, body: { userId: other.id }, headers: { origin: "https://app.example" } });
    expect(bearer.status).toBe(201);
  });
});

describe("#9 hidden accounts are unknown ids everywhere", () => {
  it("blocking or reporting a banned, withdrawn or onboarding member is a 404 identical to an unknown id", async () => {
    const me = await member();
    const unknown = await call(postBlock, "POST", "/api/blocks", { token: me.token, body: { userId: randomUUID() } });
    expect(unknown.status).toBe(404);
    for (const status of ["BANNED", "WITHDRAWN", "ONBOARDING"] as const) {
      const hidden = await createMember({ status });
      const block = await call(postBlock, "POST", "/api/blocks", { token: me.token, body: { userId: hidden.id } });
      expect(block.status, status).toBe(404);
      expect(block.json).toEqual(unknown.json);
      const report = await call(postReport, "POST", "/api/reports", { token: me.token, body: { userId: hidden.id, reason: "OTHER" } });
      expect(report.status, status).toBe(404);
      const like = await call(postLike, "POST", "/api/likes", { token: me.token, body: { toUserId: hidden.id, batchWeek: currentWeek() } });
      expect(like.status, status).toBe(404);
    }
    expect(await prisma.block.count({ where: { blockerId: me.id } })).toBe(0);
  });
});

describe("#10 an admin run accepts only weeks near the present", () => {
  it("refuses 9999-W52 and a week a year back with 422, no run written; accepts the current week", async () => {
    const admin = await createMember({ role: "ADMIN" });
    const token = await tokenFor({ id: admin.id, role: "ADMIN" });
    for (const week of ["9999-W52", addWeeks(currentWeek(), -52), addWeeks(currentWeek(), 5)]) {
      const res = await call(adminRun, "POST", "/api/admin/recs/run", { token, body: { week } });
      expect(res.status, week).toBe(422);
      expectErrorShape(res.json, "VALIDATION_FAILED");
    }
    expect(await prisma.recommendationRun.count()).toBe(0);
    const ok = await call(adminRun, "POST", "/api/admin/recs/run", { token, body: { week: currentWeek() } });
    expect(ok.status).toBe(200);
  });
});
