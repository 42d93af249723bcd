// Local Kakao-compatible OAuth (kauth) + user API (kapi) server for `npm run dev`, Vitest and Playwright.
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { DEMO_ACCOUNTS, type DemoAccount } from "../demo-accounts";
import * as page from "./consent-page";

export type KakaoStubOptions = {
  port?: number; // 0 (default) = random free port
  host?: string; // default 127.0.0.1
  clientId: string;
  clientSecret: string;
  adminKey?: string; // enables `Authorization: KakaoAK <adminKey>` on /v1/user/unlink and /v2/user/me
  accounts?: DemoAccount[];
};
export type KakaoStub = {
  url: string;
  close(): Promise<void>;
  issueAccessToken(account: { kakaoId: string; nickname?: string }): string;
};

export const KAKAO_STUB_APP_ID = 1000001;
const ACCESS_TTL_S = 21599;
const REFRESH_TTL_S = 5183999;
const CODE_TTL_MS = 10 * 60 * 1000;
const REFRESH_ROTATE_BELOW_MS = 30 * 24 * 3600 * 1000; // Kakao re-issues a refresh token with < 1 month left
const MAX_BODY = 64 * 1024;
const JSON_TYPE = "application/json;charset=UTF-8";

type Grant = { clientId: string; redirectUri: string; kakaoId: string; challenge?: string; method: string; expiresAt: number };
type Token = { kakaoId: string; expiresAt: number };
type OAuthError = [status: number, error: string, description: string, code: string];
class BodyTooLarge extends Error {}

const sha256 = (s: string) => createHash("sha256").update(s).digest();
const safeEqual = (a: string, b: string) => timingSafeEqual(sha256(a), sha256(b));
const newSecret = () => randomBytes(32).toString("base64url");
const authValue = (req: IncomingMessage, scheme: string) =>
  new RegExp(`^${scheme}\\s+(\\S+)$`, "i").exec(req.headers.authorization ?? "")?.[1];

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", ...headers }).end(body);
}
const sendJson = (res: ServerResponse, status: number, body: unknown) => send(res, status, JSON_TYPE, JSON.stringify(body));
const sendHtml = (res: ServerResponse, status: number, html: string) => send(res, status, "text/html; charset=utf-8", html, page.HTML_HEADERS);
const redirect = (res: ServerResponse, location: string) => send(res, 302, "text/plain; charset=utf-8", "", { Location: location });
const oauthError = (res: ServerResponse, [status, error, description, code]: OAuthError) =>
  sendJson(res, status, { error, error_description: description, error_code: code });
const tokenError = (res: ServerResponse) => sendJson(res, 401, { msg: "this access token does not exist", code: -401 });

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  return type === "application/x-www-form-urlencoded" ? new URLSearchParams(Buffer.concat(chunks).toString("utf8")) : new URLSearchParams();
}

export async function startKakaoStub(opts: KakaoStubOptions): Promise<KakaoStub> {
  const accounts = opts.accounts ?? DEMO_ACCOUNTS;
  const users = new Map<string, { nickname: string; connectedAt: string }>();
  const codes = new Map<string, Grant>();
  const accessTokens = new Map<string, Token>();
  const refreshTokens = new Map<string, Token>();

  function connect(kakaoId: string, nickname: string) {
    const connectedAt = users.get(kakaoId)?.connectedAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    users.set(kakaoId, { nickname, connectedAt });
  }
  function mint(map: Map<string, Token>, kakaoId: string, ttlSeconds: number): string {
    const token = newSecret();
    map.set(token, { kakaoId, expiresAt: Date.now() + ttlSeconds * 1000 });
    return token;
  }
  const mintAccess = (kakaoId: string) => mint(accessTokens, kakaoId, ACCESS_TTL_S);
  const mintRefresh = (kakaoId: string) => mint(refreshTokens, kakaoId, REFRESH_TTL_S);
  function lookup(map: Map<string, Token>, token: string | undefined | null): Token | undefined {
    const entry = token ? map.get(token) : undefined;
    if (!entry || entry.expiresAt <= Date.now() || !users.has(entry.kakaoId)) return undefined;
    return entry;
  }
  /** Kakao id behind `Bearer <token>`, or behind `KakaoAK <adminKey>` + target_id_type=user_id&target_id. */
  function caller(req: IncomingMessage, params: URLSearchParams): string | undefined {
    const token = authValue(req, "Bearer");
    if (token) return lookup(accessTokens, token)?.kakaoId;
    const key = authValue(req, "KakaoAK");
    if (!key || !opts.adminKey || !safeEqual(key, opts.adminKey)) return undefined;
    const target = params.get("target_id") ?? "";
    return params.get("target_id_type") === "user_id" && users.has(target) ? target : undefined;
  }

  function consent(p: URLSearchParams, res: ServerResponse) {
    const problem = page.authorizeProblem(p, opts.clientId);
    if (problem) return sendHtml(res, 400, page.renderErrorPage(...problem));
    const redirectUri = p.get("redirect_uri")!;
    const state = p.get("state");
    if (p.get("decision") === "cancel") {
      return redirect(res, page.redirectWith(redirectUri, [["error", "access_denied"], ["error_description", "User denied access"], ["state", state]]));
    }
    const choice = page.parseConsentChoice(p, accounts);
    if ("problem" in choice) return sendHtml(res, 400, page.renderErrorPage(...choice.problem));
    const { kakaoId, nickname } = choice;
    const now = Date.now();
    for (const [c, g] of codes) if (g.expiresAt <= now) codes.delete(c);
    connect(kakaoId, nickname);
    const code = newSecret();
    const challenge = p.get("code_challenge") || undefined;
    const method = p.get("code_challenge_method") ?? "plain";
    codes.set(code, { clientId: opts.clientId, redirectUri, kakaoId, challenge, method, expiresAt: now + CODE_TTL_MS });
    redirect(res, page.redirectWith(redirectUri, [["code", code], ["state", state]]));
  }

  function token(p: URLSearchParams, res: ServerResponse) {
    if (p.get("client_id") !== opts.clientId) return oauthError(res, [401, "invalid_client", "Not exist client_id", "KOE101"]);
    if (!safeEqual(p.get("client_secret") ?? "", opts.clientSecret)) return oauthError(res, [401, "invalid_client", "Bad client credentials", "KOE010"]);
    const grantType = p.get("grant_type");
    if (grantType === "refresh_token") {
      const old = p.get("refresh_token");
      const entry = lookup(refreshTokens, old);
      if (!entry || !old) return oauthError(res, [400, "invalid_grant", "expired_or_invalid_refresh_token", "KOE322"]);
      const body: Record<string, unknown> = { access_token: mintAccess(entry.kakaoId), token_type: "bearer", expires_in: ACCESS_TTL_S };
      if (entry.expiresAt - Date.now() < REFRESH_ROTATE_BELOW_MS) {
        refreshTokens.delete(old);
        Object.assign(body, { refresh_token: mintRefresh(entry.kakaoId), refresh_token_expires_in: REFRESH_TTL_S });
      }
      return sendJson(res, 200, body);
    }
    if (grantType !== "authorization_code") return oauthError(res, [400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token", "KOE001"]);
    const code = p.get("code") ?? "";
    const grant = codes.get(code);
    if (grant) codes.delete(code); // single use: any redemption attempt burns the code
    if (!grant || grant.expiresAt <= Date.now() || grant.clientId !== opts.clientId || !users.has(grant.kakaoId)) {
      return oauthError(res, [400, "invalid_grant", "authorization code not found", "KOE320"]);
    }
    if (p.get("redirect_uri") !== grant.redirectUri) return oauthError(res, [400, "invalid_grant", "Redirect URI mismatch.", "KOE303"]);
    if (grant.challenge !== undefined) {
      const verifier = p.get("code_verifier") ?? "";
      const computed = grant.method === "S256" ? sha256(verifier).toString("base64url") : verifier;
      if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || !safeEqual(computed, grant.challenge)) {
        return oauthError(res, [400, "invalid_grant", "PKCE verification failed: code_verifier does not match code_challenge", "KOE320"]);
      }
    }
    const [access_token, refresh_token] = [mintAccess(grant.kakaoId), mintRefresh(grant.kakaoId)];
    const scope = "profile_nickname profile_image";
    sendJson(res, 200, { access_token, token_type: "bearer", refresh_token, expires_in: ACCESS_TTL_S, scope, refresh_token_expires_in: REFRESH_TTL_S });
  }

  function userMe(kakaoId: string, res: ServerResponse, baseUrl: string) {
    const user = users.get(kakaoId)!;
    const image = `${baseUrl}/account_images/default_profile.svg`;
    const profile = { nickname: user.nickname, thumbnail_image_url: image, profile_image_url: image, is_default_image: true };
    const kakao_account = { profile_nickname_needs_agreement: false, profile, email_needs_agreement: true };
    sendJson(res, 200, { id: Number(kakaoId), connected_at: user.connectedAt, properties: { nickname: user.nickname }, kakao_account });
  }

  function unlink(kakaoId: string, res: ServerResponse) {
    users.delete(kakaoId);
    for (const map of [accessTokens, refreshTokens]) for (const [t, e] of map) if (e.kakaoId === kakaoId) map.delete(t);
    for (const [c, g] of codes) if (g.kakaoId === kakaoId) codes.delete(c);
    sendJson(res, 200, { id: Number(kakaoId) });
  }

  let baseUrl = "";
  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", baseUrl);
    const q = url.searchParams;
    switch (`${req.method} ${url.pathname}`) {
      case "GET /healthz":
        return send(res, 200, "text/plain; charset=utf-8", "ok");
      case "GET /oauth/authorize": {
        const problem = page.authorizeProblem(q, opts.clientId);
        if (problem) return sendHtml(res, 400, page.renderErrorPage(...problem));
        const suggestedKakaoId = String(randomInt(1_000_000_000, 8_999_999_999));
        return sendHtml(res, 200, page.renderConsentPage({ params: q, accounts, suggestedKakaoId }));
      }
      case "POST /oauth/authorize/consent":
        return consent(await readForm(req), res);
      case "POST /oauth/token":
        return token(await readForm(req), res);
      case "GET /v2/user/me":
      case "POST /v2/user/me": {
        const id = caller(req, req.method === "POST" ? await readForm(req) : q);
        return id ? userMe(id, res, baseUrl) : tokenError(res);
      }
      case "GET /v1/user/access_token_info": {
        const entry = lookup(accessTokens, authValue(req, "Bearer"));
        if (!entry) return tokenError(res);
        const expiresIn = Math.max(0, Math.floor((entry.expiresAt - Date.now()) / 1000));
        return sendJson(res, 200, { id: Number(entry.kakaoId), expires_in: expiresIn, app_id: KAKAO_STUB_APP_ID });
      }
      case "POST /v1/user/unlink": {
        const id = caller(req, await readForm(req));
        return id ? unlink(id, res) : tokenError(res);
      }
      case "GET /account_images/default_profile.svg":
        return send(res, 200, "image/svg+xml", page.DEFAULT_PROFILE_SVG, { "Cache-Control": "public, max-age=86400" });
      default:
        return sendJson(res, 404, { msg: "not found", code: -1 });
    }
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (res.headersSent) return void res.destroy();
      const tooLarge = err instanceof BodyTooLarge;
      sendJson(res, tooLarge ? 413 : 500, { msg: tooLarge ? "request body too large" : "internal error", code: -1 });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve(void server.off("error", reject)));
  });
  const { address, port } = server.address() as AddressInfo;
  baseUrl = `http://${address.includes(":") ? `[${address}]` : address}:${port}`;

  return {
    url: baseUrl,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections(); // keep-alive sockets from fetch would otherwise hold close() open
      }),
    issueAccessToken(account) {
      if (!page.isKakaoId(account.kakaoId)) throw new Error("kakaoId must be a numeric Kakao id");
      const known = accounts.find((a) => a.kakaoId === account.kakaoId)?.nickname;
      connect(account.kakaoId, account.nickname ?? users.get(account.kakaoId)?.nickname ?? known ?? "카카오사용자");
      return mintAccess(account.kakaoId);
    },
  };
}
