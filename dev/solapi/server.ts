// Local Solapi-compatible server (node:http) for `npm run dev`, Vitest and Playwright: 카카오 알림톡
// and SMS/LMS as lib/notifications/solapi.ts (and the solapi SDK) call them.
//
// Solapi contract (https://developers.solapi.com, "메시지 발송"):
//   Authorization: HMAC-SHA256 apiKey=<key>, date=<ISO 8601>, salt=<12–64 chars>, signature=<hex HMAC-SHA256(secret, date + salt)>
//     → 401 { errorCode, errorMessage } on an unknown key, a wrong signature, a date off by > 15 min or a reused salt
//   POST /messages/v4/send-many/detail { messages: [{ to, from, text, type, subject?, kakaoOptions? }], showMessageList? }
//     → 200 { groupInfo: { groupId, status, count: {...} }, failedMessageList: [...], messageList?: [...] }
//   A message that cannot be accepted is in failedMessageList with its statusCode (never a 4xx for the request).
//   GET /messages/v4/list?messageIds=<id>&messageIds=<id>…  (or messageId=<id>; the SDK's getMessages)
//     → 200 { startKey, nextKey: null, limit, messageList: { [messageId]: { messageId, groupId, to, from, type, status, statusCode, reason, dateCreated, dateReported } } }
//   The delivery report of an accepted message: statusCode "3000" (status SENDING: 이통사 접수, 결과 대기)
//   until `reportDelayMs` (default 2 s) after it arrived, then final: "4000" (COMPLETE, 수신 완료) or a
//   failure code (FAILED).
// Checks here: the sender is the registered one; 알림톡 (ATA) needs the registered pfId, a registered
// template id, and text equal to that template with its variables filled (as Kakao's review does).
// Failure modes per recipient (numbers used by tests and by anyone trying it in `npm run dev`):
//   …9999 → 알림톡 fails at once (3104 카카오톡 미사용자, in failedMessageList), SMS/LMS works
//   …7777 → 알림톡 is accepted (2000) and reported failed a moment later (3104 in the message list), SMS/LMS works
//   …6666 → everything is accepted and reported failed later: 알림톡 3104, SMS/LMS 3008 (a failure code of
//           this stand-in's choosing for a number no phone answers; the app reads any code but 2000/3000/4000 as one)
//   …8888 → every type fails (1062 수신번호 오류).
// Not Solapi (tests and dev only): GET / (a Korean page of what arrived), GET /__control/messages,
//   POST /__control/reset, POST /__control/fail-next { status?: 500, times?: 1 } (the next requests answer that status),
//   POST /__control/settle-reports (every pending report becomes final now).
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { renderInboxPage } from "../inbox-page";

export type RegisteredTemplate = { code: string; text: string };
export type SolapiStubOptions = { port?: number; host?: string; apiKey: string; apiSecret: string; pfId: string; sender: string; templates: RegisteredTemplate[]; reportDelayMs?: number };
export type StubMessage = {
  messageId: string;
  groupId: string;
  to: string;
  from: string;
  type: string;
  text: string;
  subject?: string;
  templateId?: string;
  variables?: Record<string, string>;
  buttons?: unknown[];
  statusCode: string;
  statusMessage: string;
  receivedAt: string;
  /** accepted ones: the final report and when it becomes visible in the message list */
  report?: { statusCode: string; reason: string; at: number };
};
export type SolapiStub = {
  url: string;
  close(): Promise<void>;
  /** every message received (accepted and refused), oldest first */
  readonly messages: StubMessage[];
  /** requests that reached the send endpoint (authenticated or not), for "nothing sent twice" checks */
  readonly requests: number;
  /** requests that reached the message list (delivery reports) */
  readonly reportRequests: number;
  /** every pending delivery report becomes final now */
  settleReports(): void;
  failNext(status?: number, times?: number): void;
  reset(): void;
};

export const ALIMTALK_FAIL_SUFFIX = "9999";
export const ALL_FAIL_SUFFIX = "8888";
export const ALIMTALK_REPORT_FAIL_SUFFIX = "7777";
export const ALL_REPORT_FAIL_SUFFIX = "6666";
const MAX_BODY = 256 * 1024;
const SKEW_MS = 15 * 60 * 1000;
const ACCEPTED = { statusCode: "2000", statusMessage: "정상 접수(이통사로 접수 예정) " };

const newId = (prefix: string) => `${prefix}${new Date().toISOString().replace(/\D/g, "").slice(2, 14)}${randomBytes(7).toString("hex").toUpperCase()}`;
const fill = (text: string, vars: Record<string, string>) => text.replace(/#\{[^}]+\}/g, (v) => vars[v] ?? v);
function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" }).end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error("too large");
    chunks.push(chunk);
  }
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
}

export async function startSolapiStub(opts: SolapiStubOptions): Promise<SolapiStub> {
  const templates = new Map(opts.templates.map((t) => [t.code, t.text]));
  const messages: StubMessage[] = [];
  const salts = new Map<string, number>();
  let requests = 0;
  let reportRequests = 0;
  const reportDelayMs = opts.reportDelayMs ?? 2000;
  let faults: { status: number; remaining: number }[] = [];

  function authProblem(header: string | undefined): string | null {
    const m = /^HMAC-SHA256 apiKey=([^,]+), date=([^,]+), salt=([^,]+), signature=([0-9a-f]+)$/.exec(header ?? "");
    if (!m) return "InvalidAuthorizationHeader";
    const [, apiKey, date, salt, signature] = m;
    if (apiKey !== opts.apiKey) return "InvalidApiKey";
    const at = Date.parse(date);
    if (Number.isNaN(at) || Math.abs(Date.now() - at) > SKEW_MS) return "RequestTimeTooSkewed";
    const expected = createHmac("sha256", opts.apiSecret).update(date + salt).digest();
    const given = Buffer.from(signature, "hex");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "SignatureDoesNotMatch";
    for (const [s, t] of salts) if (t < Date.now() - SKEW_MS) salts.delete(s);
    if (salts.has(salt)) return "DuplicatedSignature";
    salts.set(salt, Date.now());
    return null;
  }

  function judge(m: Record<string, unknown>): { statusCode: string; statusMessage: string } {
    const to = String(m.to ?? "");
    const type = String(m.type ?? "");
    if (!/^0\d{8,10}$/.test(to) || to.endsWith(ALL_FAIL_SUFFIX)) return { statusCode: "1062", statusMessage: "수신번호 형식 오류" };
    if (m.from !== opts.sender) return { statusCode: "1030", statusMessage: "등록되지 않은 발신번호" };
    if (type === "SMS" && Buffer.byteLength(String(m.text ?? ""), "utf8") > 200) return { statusCode: "1032", statusMessage: "SMS 길이 초과" };
    if (type === "ATA") {
      const k = (m.kakaoOptions ?? {}) as { pfId?: string; templateId?: string; variables?: Record<string, string> };
      if (k.pfId !== opts.pfId) return { statusCode: "3011", statusMessage: "등록되지 않은 카카오톡 채널(pfId)" };
      const text = k.templateId ? templates.get(k.templateId) : undefined;
      if (text === undefined) return { statusCode: "3012", statusMessage: "등록되지 않은 알림톡 템플릿" };
      const filled = fill(text, k.variables ?? {});
      if (/#\{[^}]+\}/.test(filled) || filled !== m.text) return { statusCode: "3034", statusMessage: "템플릿 내용과 메시지가 일치하지 않음" };
      if (to.endsWith(ALIMTALK_FAIL_SUFFIX)) return { statusCode: "3104", statusMessage: "카카오톡 미사용자" };
    } else if (type !== "SMS" && type !== "LMS") return { statusCode: "1020", statusMessage: "지원하지 않는 메시지 타입" };
    return ACCEPTED;
  }

  /** what the carrier reports a moment after an accepted message */
  const laterReport = (type: string, to: string) => {
    if (type === "ATA" && (to.endsWith(ALIMTALK_REPORT_FAIL_SUFFIX) || to.endsWith(ALL_REPORT_FAIL_SUFFIX))) return { statusCode: "3104", reason: "카카오톡 미사용자" };
    if (type !== "ATA" && to.endsWith(ALL_REPORT_FAIL_SUFFIX)) return { statusCode: "3008", reason: "수신 불가 번호" };
    return { statusCode: "4000", reason: "수신 완료" };
  };

  const reportLabel = (m: StubMessage) => {
    if (!m.report) return "";
    if (m.report.at > Date.now()) return "결과 대기";
    return m.report.statusCode === "4000" ? "수신 완료" : `수신 실패 ${m.report.statusCode} ${m.report.reason}`;
  };

  async function sendMany(req: IncomingMessage, res: ServerResponse) {
    requests++;
    const fault = faults.find((f) => f.remaining > 0);
    if (fault) {
      fault.remaining--;
      faults = faults.filter((f) => f.remaining > 0);
      return sendJson(res, fault.status, { errorCode: "InternalError", errorMessage: "일시적인 오류입니다." });
    }
    const problem = authProblem(req.headers.authorization);
    if (problem) return sendJson(res, 401, { errorCode: problem, errorMessage: "인증에 실패했습니다." });
    const body = (await readJson(req)) as { messages?: unknown; showMessageList?: boolean };
    if (!Array.isArray(body.messages) || body.messages.length === 0) return sendJson(res, 400, { errorCode: "ValidationError", errorMessage: "messages는 1건 이상이어야 합니다." });
    const groupId = newId("G4V");
    const now = new Date().toISOString();
    const stored = (body.messages as Record<string, unknown>[]).map((m) => {
      const k = (m.kakaoOptions ?? {}) as { templateId?: string; variables?: Record<string, string>; buttons?: unknown[] };
      const verdict = judge(m);
      const msg: StubMessage = {
        messageId: newId("M4V"),
        groupId,
        to: String(m.to ?? ""),
        from: String(m.from ?? ""),
        type: String(m.type ?? ""),
        text: String(m.text ?? ""),
        subject: typeof m.subject === "string" ? m.subject : undefined,
        templateId: k.templateId,
        variables: k.variables,
        buttons: k.buttons,
        ...verdict,
        receivedAt: now,
        report: verdict.statusCode !== "2000" ? undefined : { ...laterReport(String(m.type), String(m.to ?? "")), at: Date.now() + reportDelayMs },
      };
      messages.push(msg);
      return msg;
    });
    const failed = stored.filter((m) => m.statusCode !== "2000");
    const ok = stored.filter((m) => m.statusCode === "2000");
    const count = { total: stored.length, sentTotal: 0, sentFailed: 0, sentSuccess: 0, sentPending: ok.length, sentReplacement: 0, refund: 0, registeredFailed: failed.length, registeredSuccess: ok.length };
    sendJson(res, 200, {
      groupInfo: { groupId, status: "SENDING", count, dateCreated: now, dateUpdated: now, apiVersion: "4" },
      failedMessageList: failed.map((m) => ({ to: m.to, from: m.from, type: m.type, country: "82", messageId: m.messageId, statusCode: m.statusCode, statusMessage: m.statusMessage, accountId: "stub" })),
      ...(body.showMessageList ? { messageList: ok.map((m) => ({ messageId: m.messageId, statusCode: m.statusCode, statusMessage: m.statusMessage })) } : {}),
    });
  }

  function list(req: IncomingMessage, res: ServerResponse, url: URL) {
    reportRequests++;
    const problem = authProblem(req.headers.authorization);
    if (problem) return sendJson(res, 401, { errorCode: problem, errorMessage: "인증에 실패했습니다." });
    const ids = new Set([...url.searchParams.getAll("messageIds"), ...url.searchParams.getAll("messageIds[]"), ...url.searchParams.getAll("messageId")]);
    const limit = Math.min(Math.max(Number(url.searchParams.get("limit")) || 20, 1), 500);
    const found = messages.filter((m) => (ids.size === 0 || ids.has(m.messageId)) && m.report).slice(-limit);
    const messageList = Object.fromEntries(
      found.map((m) => {
        const final = m.report!.at <= Date.now();
        const statusCode = final ? m.report!.statusCode : "3000";
        return [
          m.messageId,
          {
            messageId: m.messageId,
            groupId: m.groupId,
            to: m.to,
            from: m.from,
            type: m.type,
            status: !final ? "SENDING" : statusCode === "4000" ? "COMPLETE" : "FAILED",
            statusCode,
            reason: final ? m.report!.reason : "이통사 접수",
            dateCreated: m.receivedAt,
            dateReported: final ? new Date(m.report!.at).toISOString() : null,
          },
        ];
      }),
    );
    sendJson(res, 200, { startKey: null, nextKey: null, limit, messageList });
  }

  let baseUrl = "";
  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", baseUrl);
    switch (`${req.method} ${url.pathname}`) {
      case "GET /healthz":
        return void res.writeHead(200, { "Content-Type": "text/plain" }).end("ok");
      case "POST /messages/v4/send-many/detail":
        return sendMany(req, res);
      case "GET /messages/v4/list":
        return list(req, res, url);
      case "GET /":
        return void res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }).end(
          renderInboxPage({
            title: "로컬 Solapi: 받은 알림톡·문자",
            intro: `개발용 Solapi 서버예요. 앱이 보낸 알림톡과 문자가 여기에 보여요. 끝자리 ${ALIMTALK_FAIL_SUFFIX} 번호는 알림톡이 실패하고(문자로 대체), ${ALIMTALK_REPORT_FAIL_SUFFIX} 번호는 알림톡이 접수된 뒤 잠시 후 실패로 보고되고(문자로 대체), ${ALL_REPORT_FAIL_SUFFIX} 번호는 알림톡과 문자 모두 접수된 뒤 실패로 보고되고(이메일로 대체), ${ALL_FAIL_SUFFIX} 번호는 모두 실패해요.`,
            items: [...messages].reverse().map((m) => ({
              heading: `${m.type === "ATA" ? "알림톡" : m.type} → ${m.to.replace(/^(\d{3})\d+(\d{4})$/, "$1-****-$2")}`,
              meta: [`${formatSeoulDateTime(m.receivedAt)} KST`, m.templateId ? `템플릿 ${m.templateId}` : "", m.statusCode !== "2000" ? `실패 ${m.statusCode} ${m.statusMessage}` : "접수됨", reportLabel(m)].filter(Boolean).join(" · "),
              body: m.subject ? `${m.subject}\n${m.text}` : m.text,
              failed: m.statusCode !== "2000" || (!!m.report && m.report.at <= Date.now() && m.report.statusCode !== "4000"),
            })),
          }),
        );
      case "GET /__control/messages":
        return sendJson(res, 200, { messages });
      case "POST /__control/reset":
        stub.reset();
        return sendJson(res, 200, { ok: true });
      case "POST /__control/settle-reports":
        stub.settleReports();
        return sendJson(res, 200, { ok: true });
      case "POST /__control/fail-next": {
        const b = (await readJson(req)) as { status?: number; times?: number };
        stub.failNext(b.status, b.times);
        return sendJson(res, 200, { ok: true });
      }
      default:
        return sendJson(res, 404, { errorCode: "NotFound", errorMessage: "없는 경로입니다." });
    }
  }

  const server = createServer((req, res) => {
    route(req, res).catch(() => {
      if (res.headersSent) return void res.destroy();
      sendJson(res, 400, { errorCode: "ValidationError", errorMessage: "요청 본문을 읽을 수 없습니다." });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve(void server.off("error", reject)));
  });
  const { address, port } = server.address() as AddressInfo;
  baseUrl = `http://${address.includes(":") ? `[${address}]` : address}:${port}`;

  const stub: SolapiStub = {
    url: baseUrl,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
    get messages() {
      return messages;
    },
    get requests() {
      return requests;
    },
    get reportRequests() {
      return reportRequests;
    },
    settleReports() {
      const now = Date.now();
      for (const m of messages) if (m.report && m.report.at > now) m.report.at = now;
    },
    failNext(status = 500, times = 1) {
      faults.push({ status, remaining: times });
    },
    reset() {
      messages.length = 0;
      faults = [];
      requests = 0;
      reportRequests = 0;
    },
  };
  return stub;
}
