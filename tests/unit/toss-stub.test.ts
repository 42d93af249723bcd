// Vitest: the local Toss-compatible server over real HTTP — Basic auth, the SDK stand-in script, the
// checkout page and its redirects, Idempotency-Key rules, session expiry, the control API and webhooks.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import vm from "node:vm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTossStub, type TossStub } from "../../dev/toss/server";

const SECRET = "test_sk_unit";
const CLIENT = "test_ck_unit";
const AUTH = `Basic ${Buffer.from(`${SECRET}:`).toString("base64")}`;
const SUCCESS = "http://localhost:3000/payments/toss/success?productId=membership-basic-90d";
const FAIL = "http://localhost:3000/payments/toss/fail";

let stub: TossStub;
beforeAll(async () => {
  stub = await startTossStub({ port: 0, secretKey: SECRET, clientKey: CLIENT });
});
afterAll(() => stub?.close());
beforeEach(() => stub.reset());

const api = (path: string, init: { method?: string; body?: unknown; key?: string; auth?: string | null } = {}) => {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (init.auth !== null) headers.Authorization = init.auth ?? AUTH;
  if (init.key) headers["Idempotency-Key"] = init.key;
  return fetch(`${stub.url}${path}`, { method: init.method ?? (init.body ? "POST" : "GET"), headers, body: init.body ? JSON.stringify(init.body) : undefined });
};
const checkoutParams = (extra: Record<string, string> = {}) => ({
  clientKey: CLIENT, method: "카드", amount: "99000", orderId: "order_unit_0001", orderName: "베이직 멤버십 <3개월>",
  customerName: "민준", successUrl: SUCCESS, failUrl: FAIL, ...extra,
});
const submit = (decision: string, extra: Record<string, string> = {}) =>
  fetch(`${stub.url}/checkout`, { method: "POST", body: new URLSearchParams({ ...checkoutParams(extra), decision }), redirect: "manual" });

describe("toss stub: REST contract", () => {
  it("refuses /v1 calls without the secret key (401 UNAUTHORIZED_KEY)", async () => {
    for (const auth of [null, `Basic ${Buffer.from("test_sk_other:").toString("base64")}`, `Basic ${Buffer.from(SECRET).toString("base64")}`]) {
      const res = await api("/v1/payments/confirm", { body: { paymentKey: "x", orderId: "y", amount: 1 }, auth });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ code: "UNAUTHORIZED_KEY", message: "인증되지 않은 시크릿 키 혹은 클라이언트 키 입니다." });
    }
    expect(stub.stats.confirmRequests).toBe(0);
  });

  it("applies Idempotency-Key: replay, in-flight 409, different body 422, over-long 400", async () => {
    const p = stub.createAuthorizedPayment({ orderId: "order_idem_01", amount: 5000, orderName: "매칭 수수료" });
    const body = { paymentKey: p.paymentKey, orderId: p.orderId, amount: 5000 };
    stub.injectFault({ delayMs: 150 });
    const first = api("/v1/payments/confirm", { body, key: "k-1" });
    await new Promise((r) => setTimeout(r, 30));
    const concurrent = await api("/v1/payments/confirm", { body, key: "k-1" });
    expect(concurrent.status).toBe(409);
    expect((await concurrent.json()).code).toBe("IDEMPOTENT_REQUEST_PROCESSING");
    const a = await (await first).json();
    const replay = await api("/v1/payments/confirm", { body: { amount: 5000, orderId: p.orderId, paymentKey: p.paymentKey }, key: "k-1" });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(a);
    const other = await api("/v1/payments/confirm", { body: { ...body, amount: 4000 }, key: "k-1" });
    expect(other.status).toBe(422);
    expect((await other.json()).code).toBe("INVALID_REQUEST");
    const long = await api("/v1/payments/confirm", { body, key: "k".repeat(301) });
    expect(long.status).toBe(400);
    expect((await long.json()).code).toBe("INVALID_IDEMPOTENCY_KEY");
    expect(stub.stats.confirmsApplied).toBe(1);
  });

  it("expires an authenticated payment that is not confirmed in time", async () => {
    const short = await startTossStub({ port: 0, secretKey: SECRET, clientKey: CLIENT, sessionTtlMs: 40 });
    try {
      const p = short.createAuthorizedPayment({ orderId: "order_ttl_001", amount: 1000, orderName: "테스트" });
      await new Promise((r) => setTimeout(r, 80));
      const res = await fetch(`${short.url}/v1/payments/confirm`, {
        method: "POST", headers: { Authorization: AUTH, "Content-Type": "application/json" },
        body: JSON.stringify({ paymentKey: p.paymentKey, orderId: p.orderId, amount: 1000 }),
      });
      expect(res.status).toBe(404);
      expect((await res.json()).code).toBe("NOT_FOUND_PAYMENT_SESSION");
      expect(short.payment(p.paymentKey)?.status).toBe("EXPIRED");
      expect(short.stats.confirmsApplied).toBe(0);
    } finally {
      await short.close();
    }
  });

  it("answers unknown paths and bad JSON like Toss", async () => {
    expect((await api("/v1/nope")).status).toBe(404);
    const bad = await fetch(`${stub.url}/v1/payments/confirm`, { method: "POST", headers: { Authorization: AUTH }, body: "{nope" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).code).toBe("INVALID_REQUEST");
  });
});

describe("toss stub: SDK stand-in and checkout page", () => {
  it("serves a script defining window.TossPayments whose requestPayment opens the checkout", async () => {
    const res = await fetch(stub.sdkUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("javascript");
    let target = "";
    const window = { location: { assign: (u: string) => void (target = u) } } as { location: unknown; TossPayments?: (k: string) => { requestPayment(m: string, p: unknown): Promise<void> } };
    vm.runInNewContext(await res.text(), { window, URLSearchParams, Promise, Error, JSON, String });
    const toss = window.TossPayments!(CLIENT);
    void toss.requestPayment("카드", { amount: 99000, orderId: "order_unit_0001", orderName: "베이직", customerName: "민준", successUrl: SUCCESS, failUrl: FAIL });
    const url = new URL(target);
    expect(url.origin).toBe(stub.url);
    expect(url.pathname).toBe("/checkout");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ clientKey: CLIENT, method: "카드", amount: "99000", orderId: "order_unit_0001", successUrl: SUCCESS });
    await expect(toss.requestPayment("가상계좌", { amount: 1 })).rejects.toMatchObject({ code: "INVALID_PARAMETER" });
  });

  it("renders a Korean, escaped, clearly-labelled checkout page; a wrong client key is refused", async () => {
    const res = await fetch(`${stub.url}/checkout?${new URLSearchParams(checkoutParams())}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain("로컬 테스트 결제창");
    expect(html).toContain("베이직 멤버십 &lt;3개월&gt;");
    expect(html).toContain("99,000원");
    expect(html).toContain(">결제하기</button>");
    expect(html).toContain(">취소</button>");
    const wrong = await fetch(`${stub.url}/checkout?${new URLSearchParams(checkoutParams({ clientKey: "test_ck_other" }))}`);
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("INVALID_CLIENT_KEY");
  });

  it("결제하기 authenticates (IN_PROGRESS) and redirects to successUrl with paymentKey, orderId, amount", async () => {
    const res = await submit("pay");
    expect(res.status).toBe(303);
    const to = new URL(res.headers.get("location")!);
    expect(`${to.origin}${to.pathname}`).toBe("http://localhost:3000/payments/toss/success");
    expect(to.searchParams.get("productId")).toBe("membership-basic-90d");
    expect(to.searchParams.get("orderId")).toBe("order_unit_0001");
    expect(to.searchParams.get("amount")).toBe("99000");
    const p = stub.payment(to.searchParams.get("paymentKey")!);
    expect(p).toMatchObject({ status: "IN_PROGRESS", totalAmount: 99000, orderName: "베이직 멤버십 <3개월>", approvedAt: null });
    expect(stub.stats.confirmsApplied).toBe(0);
  });

  it("취소 redirects to failUrl with PAY_PROCESS_CANCELED; paying a confirmed order again fails DUPLICATED_ORDER_ID", async () => {
    const cancel = new URL((await submit("cancel")).headers.get("location")!);
    expect(cancel.pathname).toBe("/payments/toss/fail");
    expect(cancel.searchParams.get("code")).toBe("PAY_PROCESS_CANCELED");
    expect(cancel.searchParams.get("orderId")).toBe("order_unit_0001");
    expect(stub.paymentByOrderId("order_unit_0001")).toBeUndefined();

    const key = new URL((await submit("pay")).headers.get("location")!).searchParams.get("paymentKey")!;
    await api("/v1/payments/confirm", { body: { paymentKey: key, orderId: "order_unit_0001", amount: 99000 } });
    const again = new URL((await submit("pay")).headers.get("location")!);
    expect(again.searchParams.get("code")).toBe("DUPLICATED_ORDER_ID");
  });
});

describe("toss stub: control API and webhooks", () => {
  it("creates authenticated payments, injects faults, expires, reports state and resets over HTTP", async () => {
    const created = await fetch(`${stub.url}/__control/payments`, { method: "POST", body: JSON.stringify({ orderId: "order_ctl_001", amount: 3000, orderName: "테스트" }) });
    expect(created.status).toBe(201);
    const p = await created.json();
    expect(p).toMatchObject({ status: "IN_PROGRESS", orderId: "order_ctl_001", method: "카드" });

    await fetch(`${stub.url}/__control/faults`, { method: "POST", body: JSON.stringify({ status: 500, times: 2 }) });
    const body = { paymentKey: p.paymentKey, orderId: p.orderId, amount: 3000 };
    for (let i = 0; i < 2; i++) {
      const res = await api("/v1/payments/confirm", { body, key: "same" });
      expect(res.status).toBe(500);
      expect((await res.json()).code).toBe("FAILED_INTERNAL_SYSTEM_PROCESSING");
    }
    expect((await api("/v1/payments/confirm", { body, key: "same" })).status).toBe(200);

    const state = await (await fetch(`${stub.url}/__control/state`)).json();
    expect(state.stats).toEqual({ confirmRequests: 3, confirmsApplied: 1, cancelsApplied: 0 });

    const other = stub.createAuthorizedPayment({ orderId: "order_ctl_002", amount: 1000, orderName: "테스트" });
    const expired = await fetch(`${stub.url}/__control/payments/${other.paymentKey}/expire`, { method: "POST" });
    expect((await expired.json()).status).toBe("EXPIRED");

    expect((await fetch(`${stub.url}/__control/reset`, { method: "POST" })).status).toBe(204);
    expect(stub.stats).toEqual({ confirmRequests: 0, confirmsApplied: 0, cancelsApplied: 0 });
    expect(stub.payment(p.paymentKey)).toBeUndefined();
  });

  it("POSTs PAYMENT_STATUS_CHANGED with the Payment after confirm and cancel", async () => {
    const events: Array<{ eventType: string; data: { status: string; paymentKey: string } }> = [];
    const hook: Server = createServer((req, res) => {
      let raw = "";
      req.on("data", (c) => (raw += c)).on("end", () => (events.push(JSON.parse(raw)), res.writeHead(200).end()));
    });
    await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r));
    try {
      stub.setWebhookUrl(`http://127.0.0.1:${(hook.address() as AddressInfo).port}/api/webhooks/toss`);
      const p = stub.createAuthorizedPayment({ orderId: "order_hook_01", amount: 2000, orderName: "테스트" });
      await api("/v1/payments/confirm", { body: { paymentKey: p.paymentKey, orderId: p.orderId, amount: 2000 } });
      await api(`/v1/payments/${p.paymentKey}/cancel`, { body: { cancelReason: "고객 요청" } });
      await expect.poll(() => events.length).toBe(2);
      expect(events.map((e) => [e.eventType, e.data.status])).toEqual([["PAYMENT_STATUS_CHANGED", "DONE"], ["PAYMENT_STATUS_CHANGED", "CANCELED"]]);
      await expect.poll(() => stub.webhookDeliveries.map((d) => d.responseStatus)).toEqual([200, 200]);
    } finally {
      stub.setWebhookUrl(null);
      await new Promise((r) => hook.close(r));
    }
  });
});
