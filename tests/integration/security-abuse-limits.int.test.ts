// Abuse limits that cannot be turned against the service, and refusals that are the caller's fault:
// a public operation counts per client IP whatever bearer token comes with it; a Kakao token that
// Kakao refuses (or that names no account) is a 401, only Kakao being down a 503; an Auth.js
// callbackUrl that is not on our origin is ignored, the browser landing on a page of ours. Each logs
// at warn at most and writes nothing.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { syncKakaoOperation } from "@/lib/auth/sync-kakao";
import { callOp } from "../helpers/call-op";
import { tokenFor } from "../helpers/http";
import { createMember } from "../helpers/factories";
import { fingerprint } from "../security/helpers";
import { captureLogLevels, WARN } from "../security/log-levels";
import { kakaoStub } from "../setup/isolated-db";

afterEach(async () => {
  vi.restoreAllMocks();
  env.TRUSTED_PROXY = "none";
  env.KAKAO_API_BASE = kakaoStub.url;
  await prisma.rateLimit.deleteMany();
});

describe("POST /api/auth/sync-kakao counts per client IP, never per the bearer sent with it", () => {
  for (const proxy of ["none", "x-real-ip"] as const) {
    it(`TRUSTED_PROXY=${proxy}: five valid member tokens in rotation still share the 20 guesses of one client`, async () => {
      env.TRUSTED_PROXY = proxy;
      const bearers = await Promise.all(Array.from({ length: 5 }, async () => tokenFor(await createMember())));
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) {
        const res = await callOp(syncKakaoOperation, { as: { token: bearers[i % 5] }, body: { accessToken: `guess-${i}` }, headers: { "x-real-ip": "203.0.113.40" } });
        statuses.push(res.status);
        if (i === 20) expect(res.error).toMatchObject({ code: "RATE_LIMITED" });
      }
      expect(statuses).toEqual([...Array(20).fill(401), 429]);
      const keys = (await prisma.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
      expect(keys).toEqual([`rl:sync-kakao:ip:${proxy === "none" ? "untrusted" : "203.0.113.40"}`]);
    });
  }
});

/** A Kakao-compatible user-info endpoint answering what the token asks for: `kakao-<status>`, `kakao-0` (id 0). */
let fakeKakao: Server;
let fakeKakaoUrl: string;
beforeAll(async () => {
  fakeKakao = createServer((req, res) => {
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
    const send = (status: number, body: string) => res.writeHead(status, { "content-type": "application/json" }).end(body);
    if (token === "kakao-0") return send(200, JSON.stringify({ id: 0, properties: { nickname: "영" } }));
    if (token === "kakao-not-json") return send(200, "<html>maintenance</html>");
    const status = Number(/^kakao-(\d{3})$/.exec(token)?.[1] ?? 401);
    send(status, JSON.stringify({ msg: "refused", code: status === 401 ? -401 : status === 403 ? -3 : -2 }));
  });
  await new Promise<void>((resolve) => fakeKakao.listen(0, "127.0.0.1", resolve));
  fakeKakaoUrl = `http://127.0.0.1:${(fakeKakao.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => fakeKakao.close(() => resolve())));

describe("POST /api/auth/sync-kakao: whose fault a refusal is", () => {
  const post = (accessToken: string) => callOp(syncKakaoOperation, { body: { accessToken } });

  it("a token Kakao refuses (400, 401, 403, 404) or that names no account (id 0) is a 401, nothing written, warn at most", async () => {
    env.KAKAO_API_BASE = fakeKakaoUrl;
    const before = await fingerprint();
    const logs = captureLogLevels();
    for (const token of ["kakao-0", "kakao-400", "kakao-401", "kakao-403", "kakao-404"]) {
      const res = await post(token);
      expect(res.status, token).toBe(401);
      expect(res.error, token).toMatchObject({ code: "UNAUTHENTICATED", message: expect.any(String) });
    }
    expect(logs.max(), JSON.stringify(logs.lines)).toBe(WARN); // the unusual refusals (403: a Kakao console setting?) are worth a warn
    expect(await fingerprint()).toEqual(before);
    // the local Kakao server refuses a made-up kakao-0 as Kakao does: 401 too
    env.KAKAO_API_BASE = kakaoStub.url;
    expect((await post("kakao-0")).status).toBe(401);
  });

  it("Kakao failing (5xx), throttling us (429), answering garbage or unreachable is a 503, logged as a warn without a stack", async () => {
    const before = await fingerprint();
    const logs = captureLogLevels();
    env.KAKAO_API_BASE = fakeKakaoUrl;
    for (const token of ["kakao-500", "kakao-502", "kakao-429", "kakao-not-json"]) {
      const res = await post(token);
      expect(res.status, token).toBe(503);
      expect(res.error, token).toMatchObject({ code: "UNAVAILABLE", requestId: expect.any(String) });
    }
    env.KAKAO_API_BASE = "http://127.0.0.1:9"; // nothing listens on the discard port
    expect((await post("kakao-any")).status).toBe(503);
    expect(logs.max(), JSON.stringify(logs.lines)).toBe(WARN);
    expect(logs.lines.filter((l) => l.msg === "dependency unavailable")).toHaveLength(5);
    expect(await fingerprint()).toEqual(before);
  });
});

describe("Auth.js callbackUrl on another origin", () => {
  const origin = "http://localhost:3000";
  async function csrf() {
    const res = await authGet(new Request(`${origin}/api/auth/csrf`) as never);
    const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    return { token: ((await res.json()) as { csrfToken: string }).csrfToken, cookie };
  }
  const callbackCookie = (res: Response) => res.headers.getSetCookie().find((c) => c.startsWith("authjs.callback-url="));
  const decodedCookie = (res: Response) => decodeURIComponent(callbackCookie(res)?.split(";")[0].split("=")[1] ?? "");

  it("is ignored quietly on every way in (form body, query, cookie): Kakao sign-in goes on or a page of ours answers, nothing written", async () => {
    const before = await fingerprint();
    const logs = captureLogLevels();
    const { token, cookie } = await csrf();
    for (const callbackUrl of ["evil.example", "https://evil.example/steal", "//evil.example", "javascript:alert(1)"]) {
      const res = await authPost(new Request(`${origin}/api/auth/signin/kakao`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", cookie }, body: new URLSearchParams({ csrfToken: token, callbackUrl }) }) as never);
      expect(res.status, callbackUrl).toBe(302);
      expect(res.headers.get("location"), callbackUrl).toMatch(new RegExp(`^${kakaoStub.url}/oauth/authorize\\?`));
      if (callbackCookie(res)) expect(new URL(decodedCookie(res)).origin, callbackUrl).toBe(origin);
    }
    const signinPage = await authGet(new Request(`${origin}/api/auth/signin?callbackUrl=evil.example`) as never);
    expect(signinPage.status).toBe(302);
    const landing = new URL(signinPage.headers.get("location")!, origin);
    expect(landing.origin).toBe(origin);
    expect(landing.pathname).toBe("/login");
    expect(landing.searchParams.get("error")).toBeNull();
    for (const value of ["evil.example", "https%3A%2F%2Fevil.example"]) {
      const session = await authGet(new Request(`${origin}/api/auth/session`, { headers: { cookie: `authjs.callback-url=${value}` } }) as never);
      expect(session.status, value).toBe(200);
    }
    expect(logs.max(), JSON.stringify(logs.lines)).toBeLessThanOrEqual(WARN);
    expect(await fingerprint()).toEqual(before);
  });

  it("keeps a callbackUrl on our origin", async () => {
    const { token, cookie } = await csrf();
    const res = await authPost(new Request(`${origin}/api/auth/signin/kakao`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", cookie }, body: new URLSearchParams({ csrfToken: token, callbackUrl: "/membership" }) }) as never);
    expect(res.status).toBe(302);
    expect(decodedCookie(res)).toBe(`${origin}/membership`);
  });
});
