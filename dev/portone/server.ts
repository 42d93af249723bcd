// Local PortOne V2-compatible identity-verification server for `npm run dev`, Vitest and Playwright.
// REST contract (Authorization: PortOne <API secret>; errors { type, message }):
//   GET /identity-verifications/{identityVerificationId}[?storeId=] → IdentityVerification
//       (status READY | VERIFIED | FAILED; VERIFIED carries verifiedCustomer {name, birthDate, phoneNumber,
//       gender, isForeigner, ci, di, operator}; timestamps RFC 3339), 401 UNAUTHORIZED,
//       403 FORBIDDEN (another store), 404 IDENTITY_VERIFICATION_NOT_FOUND
// Browser: GET /v2/browser-sdk.js is the SDK script stand-in (window.PortOne, loaded by
// @portone/browser-sdk from PORTONE_SDK_URL), GET /identity-verifications/window the 본인인증 window.
// The shapes follow @portone/server-sdk's types (generated from PortOne's OpenAPI document).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import * as page from "./window-page";

export type PortOneStubOptions = { port?: number; host?: string; apiSecret: string; storeId: string; channelKey: string };
type Failure = { reason: string; pgCode: string; pgMessage: string };
type Record_ = {
  id: string;
  storeId: string;
  channelKey: string;
  customData?: string;
  status: "READY" | "VERIFIED" | "FAILED";
  txId: string;
  requestedAt: string;
  updatedAt: string;
  statusChangedAt: string;
  verifiedAt?: string;
  person?: page.Person;
  failure?: Failure;
};
export type PortOneStub = {
  url: string;
  sdkUrl: string;
  close(): Promise<void>;
  /** tests: a finished verification as the window would leave it (customData binds it to a member) */
  verify(identityVerificationId: string, person: page.Person, opts?: { customData?: string; storeId?: string }): void;
  /** tests: a verification the person cancelled or the carrier refused */
  fail(identityVerificationId: string, opts?: { customData?: string }): void;
  /** tests: started but never finished */
  ready(identityVerificationId: string, opts?: { customData?: string }): void;
};

const JSON_TYPE = "application/json";
const MAX_BODY = 16 * 1024;
export const ID_RE = /^[A-Za-z0-9_-]{1,100}$/;
const CANCELLED: Failure = { reason: "사용자가 본인인증을 취소했습니다.", pgCode: "USER_CANCEL", pgMessage: "사용자가 본인인증을 취소하였습니다." };

const sha256 = (s: string) => createHash("sha256").update(s).digest();
const safeEqual = (a: string, b: string) => timingSafeEqual(sha256(a), sha256(b));
const now = () => new Date().toISOString();
/** CI: the same for one person everywhere (here: name + birth date + gender + the 동명이인 value), 88 base64 characters like a real one */
export const stubCi = (p: Pick<page.Person, "name" | "birthDate" | "gender" | "twin">) => createHash("sha512").update(`ci|${p.name}|${p.birthDate}|${p.gender}|${p.twin ?? ""}`).digest("base64");
const stubDi = (p: page.Person, storeId: string) => createHash("sha512").update(`di|${storeId}|${p.name}|${p.birthDate}|${p.gender}|${p.twin ?? ""}`).digest("base64");

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", ...headers }).end(body);
}
const sendJson = (res: ServerResponse, status: number, body: unknown) => send(res, status, JSON_TYPE, JSON.stringify(body));
const sendHtml = (res: ServerResponse, status: number, html: string) => send(res, status, "text/html; charset=utf-8", html, page.HTML_HEADERS);
const apiError = (res: ServerResponse, status: number, type: string, message: string) => sendJson(res, status, { type, message });

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error("body too large");
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/** The PortOne JSON of one verification (VerifiedIdentityVerification | ReadyIdentityVerification | FailedIdentityVerification). */
function toJson(r: Record_, pgMerchantId: string) {
  const channel = { type: "TEST", key: r.channelKey, name: "로컬 본인인증", pgProvider: "INICIS_V2", pgMerchantId };
  const base = { id: r.id, channel, ...(r.customData ? { customData: r.customData } : {}), requestedAt: r.requestedAt, updatedAt: r.updatedAt, statusChangedAt: r.statusChangedAt, version: "V2" };
  if (r.status === "VERIFIED" && r.person) {
    const p = r.person;
    const verifiedCustomer = { name: p.name, operator: p.operator, phoneNumber: p.phoneNumber, birthDate: p.birthDate, gender: p.gender, isForeigner: p.isForeigner, ci: stubCi(p), di: stubDi(p, r.storeId) };
    return { status: "VERIFIED", ...base, verifiedCustomer, verifiedAt: r.verifiedAt, pgTxId: r.txId, pgRawResponse: "{}" };
  }
  if (r.status === "FAILED") return { status: "FAILED", ...base, requestedCustomer: {}, failure: r.failure, pgTxId: r.txId };
  return { status: "READY", ...base, requestedCustomer: {} };
}

/** The person the window's form describes, or a Korean problem. */
function personFrom(f: URLSearchParams): page.Person | string {
  const preset = page.PRESET_PEOPLE.find((x) => x.key === f.get("preset"));
  if (preset) return preset.person;
  const name = (f.get("name") ?? "").trim();
  const birthDate = (f.get("birthDate") ?? "").trim();
  const phoneNumber = (f.get("phoneNumber") ?? "").replace(/\D/g, "");
  const gender = f.get("gender") === "FEMALE" ? "FEMALE" : "MALE";
  if (!/^[가-힣a-zA-Z ]{2,30}$/.test(name)) return "이름을 한글 또는 영문 2자 이상으로 입력해 주세요.";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || Number.isNaN(Date.parse(birthDate))) return "생년월일을 입력해 주세요.";
  if (!/^01\d{8,9}$/.test(phoneNumber)) return "휴대폰 번호를 숫자로 입력해 주세요.";
  const operator = ["SKT", "KT", "LGU"].includes(f.get("operator") ?? "") ? f.get("operator")! : "SKT";
  const twin = (f.get("twin") ?? "").trim().slice(0, 40) || undefined;
  return { name, birthDate, phoneNumber, gender, isForeigner: f.get("isForeigner") === "1", operator, ...(twin ? { twin } : {}) };
}

export async function startPortOneStub(opts: PortOneStubOptions): Promise<PortOneStub> {
  const records = new Map<string, Record_>();
  const pgMerchantId = "INIiasTest";

  function upsert(id: string, init: { storeId: string; channelKey: string; customData?: string }): Record_ {
    const existing = records.get(id);
    if (existing) return existing;
    const t = now();
    const r: Record_ = { id, ...init, status: "READY", txId: `${Date.now().toString(36)}-${randomBytes(8).toString("hex")}`, requestedAt: t, updatedAt: t, statusChangedAt: t };
    records.set(id, r);
    return r;
  }
  function finish(r: Record_, outcome: { person: page.Person } | { failure: Failure }) {
    const t = now();
    Object.assign(r, { updatedAt: t, statusChangedAt: t }, "person" in outcome ? { status: "VERIFIED", person: outcome.person, verifiedAt: t } : { status: "FAILED", failure: outcome.failure });
  }

  /** the window's parameters, as PortOne checks them before showing anything */
  function windowParams(q: URLSearchParams): page.WindowParams | [string, string] {
    const p = Object.fromEntries(page.WINDOW_PARAMS.map((k) => [k, q.get(k) ?? ""])) as page.WindowParams;
    if (p.storeId !== opts.storeId) return ["잘못된 상점 아이디", "storeId가 이 상점과 일치하지 않아요."];
    if (p.channelKey !== opts.channelKey) return ["잘못된 채널 키", "channelKey가 이 상점의 본인인증 채널과 일치하지 않아요."];
    if (!ID_RE.test(p.identityVerificationId)) return ["잘못된 본인인증 아이디", "identityVerificationId가 올바르지 않아요."];
    if (p.mode === "redirect" && !URL.canParse(p.redirectUrl)) return ["잘못된 redirectUrl", "redirectUrl이 올바른 URL이 아니에요."];
    if (records.get(p.identityVerificationId)?.status === "VERIFIED") return ["이미 완료된 본인인증", "이미 본인인증이 완료된 identityVerificationId예요."];
    return p;
  }

  function answer(res: ServerResponse, p: page.WindowParams, r: Record_) {
    const result: Record<string, string> = { transactionType: "IDENTITY_VERIFICATION", identityVerificationId: r.id, identityVerificationTxId: r.txId };
    if (r.status === "FAILED" && r.failure) Object.assign(result, { code: "FAILURE_TYPE_PG", message: r.failure.reason, pgCode: r.failure.pgCode, pgMessage: r.failure.pgMessage });
    if (p.mode === "redirect") {
      const back = new URL(p.redirectUrl);
      for (const [k, v] of Object.entries(result)) back.searchParams.set(k, v);
      return send(res, 302, "text/plain; charset=utf-8", "", { Location: back.toString() });
    }
    const target = URL.canParse(p.redirectUrl) ? new URL(p.redirectUrl).origin : "*";
    return sendHtml(res, 200, page.renderPostMessagePage(result, target));
  }

  let baseUrl = "";
  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", baseUrl);
    const path = url.pathname;
    if (req.method === "GET" && path === "/healthz") return send(res, 200, "text/plain; charset=utf-8", "ok");
    if (req.method === "GET" && path === "/v2/browser-sdk.js") {
      return send(res, 200, "application/javascript; charset=utf-8", page.sdkScript(baseUrl), { "Access-Control-Allow-Origin": "*" });
    }
    if (req.method === "GET" && path === "/identity-verifications/window") {
      const p = windowParams(url.searchParams);
      if (Array.isArray(p)) return sendHtml(res, 400, page.renderErrorPage(...p));
      upsert(p.identityVerificationId, { storeId: p.storeId, channelKey: p.channelKey, customData: p.customData || undefined });
      return sendHtml(res, 200, page.renderWindowPage(p));
    }
    if (req.method === "POST" && path === "/identity-verifications/window/submit") {
      const form = await readForm(req);
      const p = windowParams(form);
      if (Array.isArray(p)) return sendHtml(res, 400, page.renderErrorPage(...p));
      const r = upsert(p.identityVerificationId, { storeId: p.storeId, channelKey: p.channelKey, customData: p.customData || undefined });
      if (form.get("decision") === "cancel") {
        finish(r, { failure: CANCELLED });
        return answer(res, p, r);
      }
      const person = personFrom(form);
      if (typeof person === "string") return sendHtml(res, 400, page.renderErrorPage("입력을 확인해 주세요", person));
      finish(r, { person });
      return answer(res, p, r);
    }
    const m = /^\/identity-verifications\/([^/]+)$/.exec(path);
    if (m && req.method === "GET") {
      const secret = /^PortOne\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
      if (!secret || !safeEqual(secret, opts.apiSecret)) return apiError(res, 401, "UNAUTHORIZED", "인증 정보가 올바르지 않습니다.");
      const storeId = url.searchParams.get("storeId");
      if (storeId && storeId !== opts.storeId) return apiError(res, 403, "FORBIDDEN", "접근 권한이 없는 상점입니다.");
      const id = decodeURIComponent(m[1]!);
      const r = records.get(id);
      if (!r) return apiError(res, 404, "IDENTITY_VERIFICATION_NOT_FOUND", "요청된 본인인증 건이 존재하지 않습니다.");
      return sendJson(res, 200, toJson(r, pgMerchantId));
    }
    return apiError(res, 404, "NOT_FOUND", "요청한 경로를 찾을 수 없습니다.");
  }

  const server = createServer((req, res) => {
    route(req, res).catch(() => {
      if (res.headersSent) return void res.destroy();
      apiError(res, 500, "INTERNAL_SERVER_ERROR", "internal error");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve(void server.off("error", reject)));
  });
  const { address, port } = server.address() as AddressInfo;
  baseUrl = `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
  const init = (customData?: string, storeId = opts.storeId) => ({ storeId, channelKey: opts.channelKey, customData });

  return {
    url: baseUrl,
    sdkUrl: `${baseUrl}/v2/browser-sdk.js`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
    verify: (id, person, o = {}) => finish(upsert(id, init(o.customData, o.storeId)), { person }),
    fail: (id, o = {}) => finish(upsert(id, init(o.customData)), { failure: CANCELLED }),
    ready: (id, o = {}) => void upsert(id, init(o.customData)),
  };
}
