// Vitest: drives the local Kakao-compatible server over real HTTP (authorize → consent → token → user/me).
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../dev/demo-accounts";
import { startKakaoStub, type KakaoStub } from "../../dev/kakao/server";

const CLIENT_ID = "test-client-id";
const CLIENT_SECRET = "test-client-secret";
const ADMIN_KEY = "test-admin-key";
const REDIRECT_URI = "http://localhost:3000/api/auth/callback/kakao";
const VERIFIER = "v".repeat(20) + "-._~0123456789abcdefghijklmnop"; // 50 chars, RFC 7636 alphabet
const S256 = createHash("sha256").update(VERIFIER).digest("base64url");

let stub: KakaoStub;
beforeAll(async () => {
  stub = await startKakaoStub({ port: 0, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, adminKey: ADMIN_KEY });
});
afterAll(async () => {
  await stub?.close();
});

type Query = Record<string, string>;
const authorizeQuery = (extra: Query = {}): Query => ({
  client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, response_type: "code", state: "st-1", scope: "", ...extra,
});
const form = (url: string, body: Query, headers: Record<string, string> = {}) =>
  fetch(url, { method: "POST", body: new URLSearchParams(body), headers, redirect: "manual" });

/** Submits the consent form the way the browser would and returns the redirect target. */
async function consent(extra: Query = {}, account: Query = { kakaoId: "900000001", nickname: "민준" }): Promise<URL> {
  const res = await form(`${stub.url}/oauth/authorize/consent`, { ...authorizeQuery(extra), ...account });
  expect(res.status).toBe(302);
  return new URL(res.headers.get("location")!);
}
async function codeFor(extra: Query = {}, account?: Query): Promise<string> {
  const code = (await consent(extra, account)).searchParams.get("code");
  expect(code).toBeTruthy();
  return code!;
}
const exchange = (body: Query) =>
  form(`${stub.url}/oauth/token`, {
    grant_type: "authorization_code", client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uri: REDIRECT_URI, ...body,
  });
const me = (token: string) => fetch(`${stub.url}/v2/user/me`, { headers: { Authorization: `Bearer ${token}` } });

describe("kakao stub: authorize + consent page", () => {
  it("answers /healthz and unknown paths like Kakao", async () => {
    expect(await (await fetch(`${stub.url}/healthz`)).text()).toBe("ok");
    const res = await fetch(`${stub.url}/v9/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ msg: "not found", code: -1 });
  });

  it("renders a Korean consent page listing the demo accounts", async () => {
    const res = await fetch(`${stub.url}/oauth/authorize?${new URLSearchParams(authorizeQuery())}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain("<title>카카오 로그인 (개발용)</title>");
    for (const a of DEMO_ACCOUNTS) expect(html).toContain(`<strong>${a.nickname}</strong>`);
    expect(html).toContain('action="/oauth/authorize/consent"');
    expect(html).toContain("새 계정으로 동의하고 계속하기");
    expect(html).toMatch(/<label for="new-kakao-id">카카오 회원번호<\/label>/);
    expect(html).toMatch(/<label for="new-nickname">닉네임<\/label>/);
    expect(html).toContain(">취소</button>");
  });

  it("escapes HTML in custom nicknames and query values", async () => {
    const evil = "<script>alert(1)</script>";
    const other = await startKakaoStub({
      clientId: CLIENT_ID, clientSecret: CLIENT_SECRET,
      accounts: [{ kakaoId: "123456", nickname: evil, label: `"><img src=x onerror=alert(2)>`, kind: "member" }],
    });
    try {
      const query = new URLSearchParams(authorizeQuery({ state: `"><script>alert(3)</script>` }));
      const html = await (await fetch(`${other.url}/oauth/authorize?${query}`)).text();
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(html).not.toContain("<script");
      expect(html).not.toContain("<img");
      expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"');
    } finally {
      await other.close();
    }
  });

  it("rejects an unknown client_id (KOE101) and scope=openid (KOE205) with an HTML error page", async () => {
    for (const [extra, code] of [[{ client_id: "nope" }, "KOE101"], [{ scope: "openid profile_nickname" }, "KOE205"]] as const) {
      const res = await fetch(`${stub.url}/oauth/authorize?${new URLSearchParams(authorizeQuery(extra))}`);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toContain("text/html");
      expect(await res.text()).toContain(code);
    }
    const bad = await fetch(`${stub.url}/oauth/authorize?${new URLSearchParams(authorizeQuery({ redirect_uri: "/relative" }))}`);
    expect(bad.status).toBe(400);
  });

  it("redirects with access_denied when the user cancels", async () => {
    const target = await consent({}, { decision: "cancel" });
    expect(target.toString()).toBe(`${REDIRECT_URI}?error=access_denied&error_description=User%20denied%20access&state=st-1`);
  });
});

describe("kakao stub: token + user API", () => {
  it("runs the full flow and returns the chosen account's numeric id", async () => {
    const target = await consent({ code_challenge: S256, code_challenge_method: "S256" });
    expect(target.origin + target.pathname).toBe(REDIRECT_URI);
    expect(target.searchParams.get("state")).toBe("st-1");
    const res = await exchange({ code: target.searchParams.get("code")!, code_verifier: VERIFIER });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json;charset=UTF-8");
    const tokens = await res.json();
    expect(tokens).toMatchObject({ token_type: "bearer", expires_in: 21599, scope: "profile_nickname profile_image", refresh_token_expires_in: 5183999 });
    const user = await (await me(tokens.access_token)).json();
    expect(user.id).toBe(900000001);
    expect(user.kakao_account.profile.nickname).toBe("민준");
    expect(user.kakao_account).toMatchObject({ profile_nickname_needs_agreement: false, email_needs_agreement: true });
    expect(user.kakao_account.email).toBeUndefined();
    const info = await (await fetch(`${stub.url}/v1/user/access_token_info`, { headers: { Authorization: `Bearer ${tokens.access_token}` } })).json();
    expect(info).toMatchObject({ id: 900000001, app_id: expect.any(Number) });
    expect(info.expires_in).toBeGreaterThan(21500);
  });

  it("omits state when none was sent and signs up a brand-new account", async () => {
    const target = await consent({ state: "" }, { kakaoId: "4242424242", nickname: "새회원" });
    expect(target.searchParams.has("state")).toBe(false);
    const tokens = await (await exchange({ code: target.searchParams.get("code")! })).json();
    expect(await (await me(tokens.access_token)).json()).toMatchObject({ id: 4242424242, properties: { nickname: "새회원" } });
  });

  it("rejects bad client credentials", async () => {
    const code = await codeFor();
    const wrongSecret = await exchange({ code, client_secret: "nope" });
    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.json()).toMatchObject({ error: "invalid_client", error_code: "KOE010" });
    const wrongId = await exchange({ code, client_id: "nope" });
    expect(wrongId.status).toBe(401);
    expect(await wrongId.json()).toMatchObject({ error: "invalid_client", error_code: "KOE101" });
  });

  it("rejects a mismatching redirect_uri, a reused code and an unsupported grant", async () => {
    const mismatch = await exchange({ code: await codeFor(), redirect_uri: "http://127.0.0.1:3000/api/auth/callback/kakao" });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.json()).toMatchObject({ error: "invalid_grant", error_code: "KOE303" });
    const code = await codeFor();
    expect((await exchange({ code })).status).toBe(200);
    const reused = await exchange({ code });
    expect(reused.status).toBe(400);
    expect(await reused.json()).toMatchObject({ error: "invalid_grant", error_code: "KOE320" });
    const grant = await exchange({ code: await codeFor(), grant_type: "password" });
    expect(grant.status).toBe(400);
    expect((await grant.json()).error).toBe("unsupported_grant_type");
  });

  it("enforces PKCE (S256 and plain)", async () => {
    const s256 = await codeFor({ code_challenge: S256, code_challenge_method: "S256" });
    const wrong = await exchange({ code: s256, code_verifier: VERIFIER.replace("v", "w") });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error).toBe("invalid_grant");
    const missing = await exchange({ code: await codeFor({ code_challenge: S256, code_challenge_method: "S256" }) });
    expect(missing.status).toBe(400);
    const plain = await codeFor({ code_challenge: VERIFIER, code_challenge_method: "plain" });
    expect((await exchange({ code: plain, code_verifier: VERIFIER })).status).toBe(200);
  });

  it("answers 401 {code:-401} for missing or unknown tokens", async () => {
    for (const res of [await me("not-a-real-token"), await fetch(`${stub.url}/v2/user/me`)]) {
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ msg: "this access token does not exist", code: -401 });
    }
    expect((await fetch(`${stub.url}/v1/user/access_token_info`, { headers: { Authorization: "Bearer nope" } })).status).toBe(401);
  });

  it("mints tokens with issueAccessToken, refreshes them and invalidates them on unlink", async () => {
    const token = stub.issueAccessToken({ kakaoId: "900000002" });
    expect(await (await me(token)).json()).toMatchObject({ id: 900000002, properties: { nickname: "서연" } });
    expect(() => stub.issueAccessToken({ kakaoId: "abc" })).toThrow();

    const tokens = await (await exchange({ code: await codeFor({}, { kakaoId: "900000003", nickname: "도윤" }) })).json();
    const refreshBody = { grant_type: "refresh_token", client_id: CLIENT_ID, client_secret: CLIENT_SECRET, refresh_token: tokens.refresh_token };
    const refreshed = await (await form(`${stub.url}/oauth/token`, refreshBody)).json();
    expect(refreshed).toMatchObject({ token_type: "bearer", expires_in: 21599 });
    expect((await me(refreshed.access_token)).status).toBe(200);

    const unlink = await form(`${stub.url}/v1/user/unlink`, {}, { Authorization: `Bearer ${tokens.access_token}` });
    expect(await unlink.json()).toEqual({ id: 900000003 });
    expect((await me(refreshed.access_token)).status).toBe(401);
    const again = await form(`${stub.url}/oauth/token`, refreshBody);
    expect(await again.json()).toMatchObject({ error: "invalid_grant", error_code: "KOE322" });

    const admin = await form(`${stub.url}/v1/user/unlink`, { target_id_type: "user_id", target_id: "900000002" }, { Authorization: `KakaoAK ${ADMIN_KEY}` });
    expect(await admin.json()).toEqual({ id: 900000002 });
    expect((await me(token)).status).toBe(401);
  });
});
