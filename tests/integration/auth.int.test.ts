// Sign-in and identity: /api/auth/sync-kakao verifies the Kakao token with Kakao's user-info API,
// the app JWT is checked everywhere, and admin routes re-check the role next to the data.
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { GET as authGet } from "@/app/api/auth/[...nextauth]/route";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { signAppJwt } from "@/lib/auth/app-jwt";
import { kakaoStub } from "../setup/isolated-db";
import { verifyAdminOperation } from "@/lib/admin/verify-admin";
import { getMeOperation } from "@/lib/members/get-me";
import { syncKakaoOperation } from "@/lib/auth/sync-kakao";
import { healthOperation } from "@/lib/system/health";
import { callOp } from "../helpers/call-op";
import { createMember } from "../helpers/factories";

const secret = () => new TextEncoder().encode(env.JWT_SECRET);

describe("POST /api/auth/sync-kakao", () => {
  it("creates a member keyed by the verified Kakao id and returns a working JWT", async () => {
    const accessToken = kakaoStub.issueAccessToken({ kakaoId: "700000001", nickname: "새회원" });
    const res = await callOp(syncKakaoOperation, { body: { accessToken } });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ kakaoId: "700000001", nickname: "새회원", role: "MEMBER", status: "ONBOARDING" });
    expect(res.headers.get("x-request-id")).toBeTruthy();

    const again = await callOp(syncKakaoOperation, { body: { accessToken } });
    expect(again.body.user.id).toBe(res.body.user.id);
    expect(await prisma.user.count({ where: { kakaoId: "700000001" } })).toBe(1);

    const me = await callOp(getMeOperation, { as: { token: res.body.jwt } });
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(res.body.user.id);
  });

  it("gives allow-listed Kakao accounts the ADMIN role", async () => {
    const accessToken = kakaoStub.issueAccessToken({ kakaoId: env.ADMIN_KAKAO_IDS[0], nickname: "운영자" });
    const res = await callOp(syncKakaoOperation, { body: { accessToken } });
    expect(res.body.user.role).toBe("ADMIN");
    const verify = await callOp(verifyAdminOperation, { as: { token: res.body.jwt } });
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({ ok: true, role: "ADMIN" });
  });

  it("rejects an unknown Kakao token with 401 and writes nothing", async () => {
    const before = await prisma.user.count();
    const res = await callOp(syncKakaoOperation, { body: { accessToken: "not-a-kakao-token" } });
    expect(res.status).toBe(401);
    expect(res.error?.code).toBe("UNAUTHENTICATED");
    expect(await prisma.user.count()).toBe(before);
  });

  it("answers a missing token with 422 and the error shape", async () => {
    const res = await callOp(syncKakaoOperation, { body: { kakaoUserId: "123" } });
    expect(res.status).toBe(422);
    expect(res.error).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(res.error?.fields?.accessToken).toBeDefined();
  });

  it("refuses banned and withdrawn members", async () => {
    const banned = await createMember({ status: "BANNED" });
    const res = await callOp(syncKakaoOperation, { body: { accessToken: kakaoStub.issueAccessToken({ kakaoId: banned.kakaoId! }) } });
    expect(res.status).toBe(403);
    const withdrawn = await createMember({ status: "WITHDRAWN" });
    const res2 = await callOp(syncKakaoOperation, { body: { accessToken: kakaoStub.issueAccessToken({ kakaoId: withdrawn.kakaoId! }) } });
    expect(res2.status).toBe(403);
  });
});

describe("rate limiting", () => {
  it("answers the 21st sign-in attempt from one client within a minute with 429 and X-RateLimit headers", async () => {
    env.TRUSTED_PROXY = "x-forwarded-for"; // behind a proxy that appends the client address (lib/http/rate-limit.ts)
    const headers = { "x-forwarded-for": "203.0.113.77" };
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 21; i++) {
      last = await callOp(syncKakaoOperation, { body: { accessToken: "bogus" }, headers });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(last!.status).toBe(429);
    expect(last!.error?.code).toBe("RATE_LIMITED");
    expect(last!.headers.get("x-ratelimit-limit")).toBe("20");
    expect(last!.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    // another client is unaffected
    const other = await callOp(syncKakaoOperation, { body: { accessToken: "bogus" }, headers: { "x-forwarded-for": "203.0.113.78" } });
    expect(other.status).toBe(401);
  });

  it("limits the Auth.js Kakao callback per client: the 21st lands on the login page with a plain message, the session read is not counted", async () => {
    env.TRUSTED_PROXY = "x-forwarded-for";
    const callback = (ip: string) =>
      authGet(new Request("http://localhost:3000/api/auth/callback/kakao?code=bogus&state=bogus", { headers: { "x-forwarded-for": ip } }) as never);
    const first: Response[] = [];
    for (let i = 0; i < 20; i++) first.push(await callback("203.0.113.90"));
    expect(first.every((r) => r.status !== 303 || !r.headers.get("location")?.includes("RateLimited"))).toBe(true);
    const limited = await callback("203.0.113.90");
    expect(limited.status).toBe(303);
    expect(new URL(limited.headers.get("location")!).pathname + new URL(limited.headers.get("location")!).search).toBe("/login?error=RateLimited");
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await callback("203.0.113.91")).headers.get("location") ?? "").not.toContain("RateLimited");
    // reading the session is not sign-in
    const session = await authGet(new Request("http://localhost:3000/api/auth/session", { headers: { "x-forwarded-for": "203.0.113.90" } }) as never);
    expect(session.status).toBe(200);
  });
});

describe("app JWT verification", () => {
  it("rejects forged, expired and wrong-audience tokens with 401 everywhere", async () => {
    const member = await createMember();
    const forged = await new SignJWT({ role: "ADMIN" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(member.id)
      .setIssuer(env.JWT_ISSUER)
      .setAudience(env.JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("another-secret-that-is-long-enough-000"));
    const expired = await signAppJwt({ sub: member.id, role: "MEMBER" }, { now: new Date(Date.now() - 3 * 3600_000), expiresInMinutes: 60 });
    const wrongAud = await new SignJWT({ role: "MEMBER" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(member.id)
      .setIssuer(env.JWT_ISSUER)
      .setAudience("someone-else")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(secret());
    const noneAlg = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify({ sub: member.id, role: "ADMIN" })).toString("base64url")}.`;

    for (const token of [forged, expired, wrongAud, noneAlg]) {
      for (const op of [getMeOperation, verifyAdminOperation]) {
        const res = await callOp(op, { as: { token } });
        expect(res.status, `${op.path}`).toBe(401);
        expect(res.error?.code).toBe("UNAUTHENTICATED");
      }
    }
  });

  it("answers a request without credentials with 401", async () => {
    const res = await callOp(getMeOperation);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String) } });
  });

  it("re-checks the role next to the data: a member token claiming nothing gets 403 from admin routes", async () => {
    const member = await createMember();
    const res = await callOp(verifyAdminOperation, { as: member });
    expect(res.status).toBe(403);
    // even a validly signed token that claims ADMIN is judged by the database role
    const claimAdmin = await signAppJwt({ sub: member.id, role: "ADMIN" });
    expect((await callOp(verifyAdminOperation, { as: { token: claimAdmin } })).status).toBe(403);
  });

  it("stops honouring a token once the member is banned", async () => {
    const member = await createMember();
    expect((await callOp(getMeOperation, { as: member })).status).toBe(200);
    await prisma.user.update({ where: { id: member.id }, data: { status: "BANNED", bannedAt: new Date() } });
    expect((await callOp(getMeOperation, { as: member })).status).toBe(403);
  });
});

describe("GET /api/healthz", () => {
  it("answers liveness (dependencies are /api/healthz/ready: tests/integration/readiness.int.test.ts)", async () => {
    const res = await callOp(healthOperation);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "ok", uptimeSeconds: expect.any(Number) });
  });
});
