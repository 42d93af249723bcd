// Local Toss Payments-compatible server (node:http) for `npm run dev`, Vitest and Playwright.
//
// Toss contract (v1 core API, Basic auth = base64(secretKey + ":"), JSON errors { code, message }):
//   POST /v1/payments/confirm {paymentKey, orderId, amount}    → Payment (DONE)
//   GET  /v1/payments/{paymentKey} · GET /v1/payments/orders/{orderId} → Payment
//   POST /v1/payments/{paymentKey}/cancel {cancelReason, cancelAmount?} → Payment (CANCELED | PARTIAL_CANCELED)
//   Idempotency-Key on POST: same key + same body replays the stored 2xx/4xx answer (applied once); a
//   request still in flight → 409 IDEMPOTENT_REQUEST_PROCESSING; > 300 chars → 400 INVALID_IDEMPOTENCY_KEY;
//   same key + different body → 422 INVALID_REQUEST (stub rule: Toss documents no code for this case).
// Browser: GET /v1 is the SDK script stand-in (loadTossPayments(clientKey, { src: `${url}/v1` })),
//   GET/POST /checkout the card window, GET /receipt/{paymentKey} the receipt.
// Not Toss (tests and dev only), under /__control: GET state · POST reset · POST faults {op?, times?,
//   status?, code?, message?, delayMs?, apply?, mangle?} · POST payments {orderId, amount, orderName} (an
//   authenticated IN_PROGRESS payment, as if the browser paid) · POST payments/{key}/expire · POST webhook {url}.
// 가상계좌: requestPayment('가상계좌', { validHours, virtualAccountCallbackUrl, … }) opens the same checkout
//   page ("가상계좌 발급받기"); confirm answers WAITING_FOR_DEPOSIT with virtualAccount and secret. Control:
//   POST payments/{key}/deposit {secret?} or orders/{orderId}/deposit {secret?} — the member deposits: DONE,
//   and Toss's DEPOSIT_CALLBACK { createdAt, secret, status, transactionKey, orderId } is POSTed to the
//   payment's virtualAccountCallbackUrl (else the webhook URL); the answer is { payment, callback, delivery }.
//   `secret` imitates a forged callback. payments/{key}/expire on a waiting account passes its due date.
import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import * as page from "./checkout-page";
import { createLedger, kst, TossStubError, tossError, TOSS_ERRORS, type TossDepositCallback, type TossStubPayment } from "./ledger";

export type { TossStubPayment, TossStubStatus, TossStubCancel, TossDepositCallback } from "./ledger";

export type TossStubOptions = {
  port?: number; // 0 (default) = random free port
  host?: string; // default 127.0.0.1
  secretKey: string;
  clientKey: string;
  /** POST { eventType: "PAYMENT_STATUS_CHANGED", createdAt, data: Payment } here after each status change */
  webhookUrl?: string;
  /** how long an authenticated payment may wait for confirm (Toss: 10 minutes) */
  sessionTtlMs?: number;
};

export type TossOperation = "confirm" | "cancel" | "lookup";
/**
 * A fault for the next `times` (default 1) calls of `op` (default "confirm"):
 * - `delayMs` alone: answer normally after the delay (a client timeout while Toss still applies it);
 * - `status`/`code`: answer that error (message and status default to Toss's for the code; status 500
 *   defaults to FAILED_INTERNAL_SYSTEM_PROCESSING); with `apply: true` the operation is applied first
 *   ("charged, but the answer was an error") and a retry with the same Idempotency-Key gets the success;
 * - `mangle`: apply the operation, then answer 200 with a body the merchant may not be able to read
 *   ("omit-orderName": a field the app does not use is missing; "amount-as-text": totalAmount is a
 *   string; "truncated": half of the JSON); a retry with the same Idempotency-Key gets the real answer.
 */
export type TossMangle = "omit-orderName" | "amount-as-text" | "truncated";
export type TossFault = { op?: TossOperation; times?: number; status?: number; code?: string; message?: string; delayMs?: number; apply?: boolean; mangle?: TossMangle };
export type TossWebhookDelivery = { url: string; paymentKey: string; status: string; responseStatus: number | null; error?: string; eventType?: "PAYMENT_STATUS_CHANGED" | "DEPOSIT_CALLBACK" };
export type TossStubStats = { confirmRequests: number; confirmsApplied: number; cancelsApplied: number };

export type TossStub = {
  url: string;
  /** the SDK script stand-in: pass as loadTossPayments(clientKey, { src: sdkUrl }) / TOSS_SDK_URL */
  sdkUrl: string;
  close(): Promise<void>;
  /** "paid in the checkout, redirect lost": an authenticated IN_PROGRESS payment with a fresh paymentKey */
  createAuthorizedPayment(input: { orderId: string; amount: number; orderName: string; method?: "카드" | "가상계좌"; customerName?: string; validHours?: number; virtualAccountCallbackUrl?: string }): TossStubPayment;
  payment(paymentKey: string): TossStubPayment | undefined;
  paymentByOrderId(orderId: string): TossStubPayment | undefined;
  expirePayment(paymentKey: string): TossStubPayment;
  /** 가상계좌: the member deposits (DONE); the DEPOSIT_CALLBACK body is returned (and POSTed when a URL is known) */
  deposit(paymentKey: string, opts?: { secret?: string }): { payment: TossStubPayment; callback: TossDepositCallback };
  injectFault(fault: TossFault): void;
  /** resolves once no request is being delayed by a fault (a timed-out call Toss still applies) */
  idle(): Promise<void>;
  /** drops the faults not used yet (payments and idempotency keys stay) */
  clearFaults(): void;
  /** confirmRequests = confirm calls received (authenticated); confirmsApplied = payments actually charged */
  readonly stats: TossStubStats;
  readonly webhookDeliveries: TossWebhookDelivery[];
  setWebhookUrl(url: string | null): void;
  /** forgets payments, idempotency keys, faults, counters and webhook deliveries */
  reset(): void;
};

const MAX_BODY = 64 * 1024;
const JSON_TYPE = "application/json;charset=UTF-8";
type Reply = { status: number; body: unknown };
class BodyTooLarge extends Error {}

const sha256 = (s: string) => createHash("sha256").update(s).digest();
const clone = <T>(v: T): T => structuredClone(v);
/** Canonical JSON (sorted keys) so that the same body in another key order hashes the same. */
const canonical = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(canonical).join(",")}]`
  : v && typeof v === "object" ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(",")}}`
  : JSON.stringify(v) ?? "null";

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) {
  if (res.destroyed || res.headersSent) return; // the client gave up (timeout) while a fault delayed us
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", ...headers }).end(body);
}
const sendJson = (res: ServerResponse, status: number, body: unknown) => send(res, status, JSON_TYPE, status === 204 ? "" : JSON.stringify(body));
const sendHtml = (res: ServerResponse, status: number, html: string) => send(res, status, "text/html; charset=utf-8", html, page.HTML_HEADERS);
const redirect = (res: ServerResponse, location: string) => send(res, 303, "text/plain; charset=utf-8", "", { Location: location });
const errorReply = (e: TossStubError): Reply => ({ status: e.status, body: e.body });

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
function mangled(body: unknown, how: TossMangle): string {
  const p = { ...(body as Record<string, unknown>) };
  if (how === "omit-orderName") delete p.orderName;
  if (how === "amount-as-text") p.totalAmount = String(p.totalAmount);
  const text = JSON.stringify(p);
  return how === "truncated" ? text.slice(0, Math.floor(text.length / 2)) : text;
}
const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v);

export async function startTossStub(opts: TossStubOptions): Promise<TossStub> {
  let baseUrl = "";
  let webhookUrl = opts.webhookUrl ?? null;
  const deliveries: TossWebhookDelivery[] = [];
  const ledger = createLedger({ baseUrl: () => baseUrl, sessionTtlMs: opts.sessionTtlMs ?? 10 * 60_000, events: { onStatusChange: notify, onDeposit: depositCallback } });
  const lastDelivery = new Map<string, Promise<void>>();
  const idempotency = new Map<string, { hash: string; reply?: Reply }>();
  const faults: Array<TossFault & { remaining: number }> = [];
  const timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  const expectedAuth = `Basic ${Buffer.from(`${opts.secretKey}:`).toString("base64")}`;

  function notify(p: TossStubPayment) {
    if (!webhookUrl) return;
    const delivery: TossWebhookDelivery = { url: webhookUrl, paymentKey: p.paymentKey, status: p.status, responseStatus: null };
    deliveries.push(delivery);
    const body = JSON.stringify({ eventType: "PAYMENT_STATUS_CHANGED", createdAt: kst(), data: p });
    fetch(webhookUrl, { method: "POST", headers: { "Content-Type": "application/json" }, body, signal: AbortSignal.timeout(10_000) }).then(
      (r) => void (delivery.responseStatus = r.status),
      (err: unknown) => void (delivery.error = err instanceof Error ? err.message : String(err)),
    );
  }

  /** Toss's DEPOSIT_CALLBACK: to the URL the checkout named (virtualAccountCallbackUrl), else the webhook URL. */
  function depositCallback(p: TossStubPayment, callback: TossDepositCallback) {
    const url = ledger.callbackUrlOf(p.paymentKey) ?? webhookUrl;
    if (!url) return;
    const delivery: TossWebhookDelivery = { url, paymentKey: p.paymentKey, status: callback.status, responseStatus: null, eventType: "DEPOSIT_CALLBACK" };
    deliveries.push(delivery);
    lastDelivery.set(
      p.paymentKey,
      fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(callback), signal: AbortSignal.timeout(10_000) }).then(
        (r) => void (delivery.responseStatus = r.status),
        (err: unknown) => void (delivery.error = err instanceof Error ? err.message : String(err)),
      ),
    );
  }

  function sleep(ms: number) {
    return new Promise<void>((resolve) => {
      const entry = { timer: setTimeout(() => (timers.delete(entry), resolve()), ms), resolve };
      timers.add(entry);
    });
  }
  function takeFault(op: TossOperation) {
    const i = faults.findIndex((f) => (f.op ?? "confirm") === op);
    if (i < 0) return undefined;
    const f = faults[i]!;
    if (--f.remaining <= 0) faults.splice(i, 1);
    return f;
  }
  const authorized = (req: IncomingMessage) => {
    const given = req.headers.authorization ?? "";
    return timingSafeEqual(sha256(given), sha256(expectedAuth));
  };

  /** Auth, body, Idempotency-Key and fault injection around one Toss REST operation. */
  async function rest(req: IncomingMessage, res: ServerResponse, path: string, op: TossOperation, run: (body: Record<string, unknown>) => TossStubPayment) {
    if (!authorized(req)) return sendJson(res, 401, tossError("UNAUTHORIZED_KEY").body);
    const post = req.method === "POST";
    let body: Record<string, unknown> = {};
    if (post) {
      const raw = await readBody(req);
      try {
        body = raw.trim() ? asRecord(JSON.parse(raw)) : {};
      } catch {
        return sendJson(res, 400, tossError("INVALID_REQUEST").body);
      }
    }
    if (op === "confirm") ledger.stats.confirmRequests++;
    const execute = (): Reply => {
      try {
        return { status: 200, body: clone(run(body)) };
      } catch (e) {
        if (e instanceof TossStubError) return errorReply(e);
        throw e;
      }
    };

    const key = post ? req.headers["idempotency-key"] : undefined;
    let slot: string | undefined;
    if (typeof key === "string") {
      if (!key || key.length > 300) return sendJson(res, 400, tossError("INVALID_IDEMPOTENCY_KEY").body);
      slot = `${req.method} ${path} ${key}`;
      const hash = sha256(canonical(body)).toString("hex");
      const seen = idempotency.get(slot);
      if (seen && seen.hash !== hash) return sendJson(res, 422, tossError("INVALID_REQUEST", "같은 멱등키로 다른 요청 본문을 보낼 수 없습니다.").body);
      if (seen && !seen.reply) return sendJson(res, 409, tossError("IDEMPOTENT_REQUEST_PROCESSING").body);
      if (seen?.reply) return sendJson(res, seen.reply.status, seen.reply.body);
      idempotency.set(slot, { hash });
    }
    const remember = (reply: Reply) => {
      if (!slot) return;
      if (reply.status < 500) idempotency.set(slot, { ...idempotency.get(slot)!, reply });
      else idempotency.delete(slot); // a 5xx was not processed: the same key may be retried
    };

    try {
      const fault = takeFault(op);
      if (fault?.delayMs) await sleep(fault.delayMs);
      if (fault?.mangle) {
        const reply = execute();
        remember(reply);
        return reply.status === 200 ? send(res, 200, JSON_TYPE, mangled(reply.body, fault.mangle)) : sendJson(res, reply.status, reply.body);
      }
      if (fault && (fault.status !== undefined || fault.code !== undefined)) {
        const code = fault.code ?? (fault.status! >= 500 ? "FAILED_INTERNAL_SYSTEM_PROCESSING" : "INVALID_REQUEST");
        const injected: Reply = { status: fault.status ?? TOSS_ERRORS[code]?.[0] ?? 400, body: new TossStubError(0, code, fault.message).body };
        remember(fault.apply ? execute() : injected);
        return sendJson(res, injected.status, injected.body);
      }
      const reply = execute();
      remember(reply);
      return sendJson(res, reply.status, reply.body);
    } catch (err) {
      if (slot) idempotency.delete(slot);
      throw err;
    }
  }

  function confirm(body: Record<string, unknown>) {
    const { paymentKey, orderId, amount } = body;
    if (typeof paymentKey !== "string" || !paymentKey || typeof orderId !== "string" || !orderId || !isInt(amount)) throw tossError("INVALID_REQUEST");
    return ledger.confirm({ paymentKey, orderId, amount });
  }
  function cancel(paymentKey: string, body: Record<string, unknown>) {
    const { cancelReason, cancelAmount, refundReceiveAccount } = body;
    const to = asRecord(refundReceiveAccount);
    if (refundReceiveAccount !== undefined && (typeof to.bank !== "string" || !/^\d{2,3}$/.test(to.bank) || typeof to.accountNumber !== "string" || !/^\d{6,20}$/.test(to.accountNumber) || typeof to.holderName !== "string" || !to.holderName.trim() || to.holderName.length > 60)) {
      throw tossError("INVALID_REFUND_ACCOUNT_INFO", "환불 계좌 정보(refundReceiveAccount)의 은행 코드, 계좌번호, 예금주를 확인해 주세요.");
    }
    if (typeof cancelReason !== "string" || !cancelReason.trim() || cancelReason.length > 200) throw tossError("INVALID_REQUEST", "취소 사유(cancelReason)는 1자 이상 200자 이하여야 합니다.");
    if (cancelAmount !== undefined && cancelAmount !== null && (!isInt(cancelAmount) || cancelAmount <= 0)) throw tossError("INVALID_REQUEST", "취소 금액(cancelAmount)은 양의 정수여야 합니다.");
    const account = refundReceiveAccount === undefined ? undefined : { bank: to.bank as string, accountNumber: to.accountNumber as string, holderName: to.holderName as string };
    return ledger.cancel(paymentKey, { cancelReason, cancelAmount: cancelAmount ?? undefined, refundReceiveAccount: account });
  }
  const found = (p: TossStubPayment | undefined) => p ?? (() => { throw tossError("NOT_FOUND_PAYMENT"); })();

  function authorize(input: Record<string, unknown>): TossStubPayment {
    const { orderId, amount, orderName } = input;
    if (typeof orderId !== "string" || !page.ORDER_ID_RE.test(orderId)) throw tossError("INVALID_REQUEST", "orderId 형식이 올바르지 않습니다.");
    if (!isInt(amount) || amount <= 0) throw tossError("INVALID_REQUEST", "amount는 양의 정수여야 합니다.");
    if (typeof orderName !== "string" || !orderName.trim() || orderName.length > 100) throw tossError("INVALID_REQUEST", "orderName은 1~100자여야 합니다.");
    const method = input.method === "가상계좌" || input.method === "VIRTUAL_ACCOUNT" ? "가상계좌" : "카드";
    const customerName = typeof input.customerName === "string" ? input.customerName.slice(0, 100) : undefined;
    const validHours = isInt(input.validHours) ? input.validHours : undefined;
    const callbackUrl = typeof input.virtualAccountCallbackUrl === "string" ? input.virtualAccountCallbackUrl : undefined;
    return ledger.authorize({ orderId, amount, orderName, method, customerName, virtualAccount: { validHours, callbackUrl } });
  }

  function checkout(form: URLSearchParams, res: ServerResponse) {
    const c = page.parseCheckout(form, opts.clientKey);
    if ("problem" in c) return sendHtml(res, 400, page.renderErrorPage(...c.problem));
    if (form.get("decision") !== "pay") {
      return redirect(res, page.redirectWith(c.failUrl, [["code", "PAY_PROCESS_CANCELED"], ["message", "사용자에 의해 결제가 취소되었습니다."], ["orderId", c.orderId]]));
    }
    try {
      const p = ledger.authorize({ ...c, virtualAccount: { validHours: c.validHours, callbackUrl: c.virtualAccountCallbackUrl } });
      redirect(res, page.redirectWith(c.successUrl, [["paymentType", "NORMAL"], ["orderId", p.orderId], ["paymentKey", p.paymentKey], ["amount", String(p.totalAmount)]]));
    } catch (e) {
      if (!(e instanceof TossStubError)) throw e;
      redirect(res, page.redirectWith(c.failUrl, [["code", e.code], ["message", e.message], ["orderId", c.orderId]]));
    }
  }

  function reset() {
    ledger.reset();
    idempotency.clear();
    faults.length = 0;
    deliveries.length = 0;
    lastDelivery.clear();
  }

  async function control(req: IncomingMessage, res: ServerResponse, path: string) {
    const input = req.method === "POST" ? asRecord(JSON.parse((await readBody(req)) || "{}")) : {};
    const expire = /^\/__control\/payments\/([^/]+)\/expire$/.exec(path);
    const deposit = /^\/__control\/(payments|orders)\/([^/]+)\/deposit$/.exec(path);
    try {
      if (req.method === "GET" && path === "/__control/state") {
        return sendJson(res, 200, { stats: { ...ledger.stats }, payments: ledger.all(), faults, webhookDeliveries: deliveries, webhookUrl });
      }
      if (req.method !== "POST") return sendJson(res, 404, tossError("NOT_FOUND").body);
      if (path === "/__control/reset") return (reset(), sendJson(res, 204, null));
      if (path === "/__control/faults") return (stub.injectFault(input as TossFault), sendJson(res, 204, null));
      if (path === "/__control/webhook") return (stub.setWebhookUrl(typeof input.url === "string" ? input.url : null), sendJson(res, 204, null));
      if (path === "/__control/payments") return sendJson(res, 201, clone(authorize(input)));
      if (expire) return sendJson(res, 200, clone(ledger.expire(decodeURIComponent(expire[1]!))));
      if (deposit) {
        const id = decodeURIComponent(deposit[2]!);
        const key = deposit[1] === "orders" ? ledger.byOrderId(id)?.paymentKey : id;
        if (!key) throw tossError("NOT_FOUND_PAYMENT");
        const out = ledger.deposit(key, typeof input.secret === "string" ? { secret: input.secret } : {});
        await lastDelivery.get(key); // answer once the merchant answered the callback (tests read its status)
        const delivery = deliveries.filter((d) => d.paymentKey === key && d.eventType === "DEPOSIT_CALLBACK").at(-1) ?? null;
        return sendJson(res, 200, { payment: clone(out.payment), callback: out.callback, delivery });
      }
      return sendJson(res, 404, tossError("NOT_FOUND").body);
    } catch (e) {
      if (e instanceof TossStubError) return sendJson(res, e.status, e.body);
      throw e;
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", baseUrl);
    const path = url.pathname;
    const m = (re: RegExp) => re.exec(path)?.[1];
    if (path.startsWith("/__control/")) return control(req, res, path);
    if (req.method === "GET") {
      if (path === "/healthz") return send(res, 200, "text/plain; charset=utf-8", "ok");
      if (path === "/v1") {
        const origin = req.headers.host ? `http://${req.headers.host}` : baseUrl;
        return send(res, 200, "application/javascript; charset=utf-8", page.sdkScript(origin));
      }
      if (path === "/checkout") {
        const c = page.parseCheckout(url.searchParams, opts.clientKey);
        return "problem" in c ? sendHtml(res, 400, page.renderErrorPage(...c.problem)) : sendHtml(res, 200, page.renderCheckoutPage(c));
      }
      const receiptKey = m(/^\/receipt\/([^/]+)$/);
      if (receiptKey) {
        const p = ledger.get(decodeURIComponent(receiptKey));
        return p ? sendHtml(res, 200, page.renderReceiptPage(p)) : sendHtml(res, 404, page.renderErrorPage("NOT_FOUND_PAYMENT", "존재하지 않는 결제 정보 입니다."));
      }
      const orderId = m(/^\/v1\/payments\/orders\/([^/]+)$/);
      if (orderId) return rest(req, res, path, "lookup", () => found(ledger.byOrderId(decodeURIComponent(orderId))));
      const key = m(/^\/v1\/payments\/([^/]+)$/);
      if (key) return rest(req, res, path, "lookup", () => found(ledger.get(decodeURIComponent(key))));
    }
    if (req.method === "POST") {
      if (path === "/checkout") return checkout(new URLSearchParams(await readBody(req)), res);
      if (path === "/v1/payments/confirm") return rest(req, res, path, "confirm", confirm);
      const key = m(/^\/v1\/payments\/([^/]+)\/cancel$/);
      if (key) return rest(req, res, path, "cancel", (body) => cancel(decodeURIComponent(key), body));
    }
    return sendJson(res, 404, tossError("NOT_FOUND").body);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (err instanceof SyntaxError) return sendJson(res, 400, tossError("INVALID_REQUEST").body);
      const tooLarge = err instanceof BodyTooLarge;
      sendJson(res, tooLarge ? 413 : 500, tooLarge ? { code: "INVALID_REQUEST", message: "요청 본문이 너무 큽니다." } : tossError("FAILED_INTERNAL_SYSTEM_PROCESSING").body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve(void server.off("error", reject)));
  });
  const { address, port } = server.address() as AddressInfo;
  baseUrl = `http://${address.includes(":") ? `[${address}]` : address}:${port}`;

  const stub: TossStub = {
    url: baseUrl,
    sdkUrl: `${baseUrl}/v1`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const t of timers) {
          clearTimeout(t.timer);
          t.resolve(); // a fault's delay must not keep the process alive after close()
        }
        timers.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections(); // keep-alive sockets from fetch would otherwise hold close() open
      }),
    createAuthorizedPayment: (input) => clone(authorize(input)),
    payment: (paymentKey) => clone(ledger.get(paymentKey)),
    paymentByOrderId: (orderId) => clone(ledger.byOrderId(orderId)),
    expirePayment: (paymentKey) => clone(ledger.expire(paymentKey)),
    deposit: (paymentKey, o) => clone(ledger.deposit(paymentKey, o)),
    injectFault(fault) {
      const times = fault.times ?? 1;
      if (!Number.isInteger(times) || times < 1) throw new Error("fault.times must be a positive integer");
      faults.push({ ...fault, remaining: times });
    },
    clearFaults() {
      faults.length = 0;
    },
    async idle() {
      while (timers.size > 0) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 20)); // the delayed request finishes after its timer fires
    },
    get stats() {
      return { ...ledger.stats };
    },
    get webhookDeliveries() {
      return deliveries.map((d) => ({ ...d }));
    },
    setWebhookUrl(url) {
      webhookUrl = url;
    },
    reset,
  };
  return stub;
}
