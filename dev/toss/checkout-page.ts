// Browser side of the local Toss stub: the stand-in for Toss's v1 SDK script (GET /v1) and the
// checkout page standing in for the card window. Plain HTML, every value escaped.

/** Card checkout parameters carried from requestPayment('카드', …) to the checkout page and its form. */
export const CHECKOUT_PARAMS = ["clientKey", "method", "amount", "orderId", "orderName", "customerName", "successUrl", "failUrl", "validHours", "virtualAccountCallbackUrl"] as const;
export type CheckoutParams = {
  clientKey: string;
  method: "카드" | "가상계좌";
  amount: number;
  orderId: string;
  orderName: string;
  customerName: string;
  successUrl: string;
  failUrl: string;
  /** 가상계좌: hours the account takes the deposit (Toss: 7 days by default, at most 720 hours) */
  validHours?: number;
  /** 가상계좌: where Toss POSTs DEPOSIT_CALLBACK for this payment */
  virtualAccountCallbackUrl?: string;
};
const METHODS: Record<string, CheckoutParams["method"]> = { 카드: "카드", CARD: "카드", 가상계좌: "가상계좌", VIRTUAL_ACCOUNT: "가상계좌" };

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Security headers of the stub's HTML pages (no form-action: it would block the redirect back to the app). */
export const HTML_HEADERS = {
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
};

/** Toss's documented limits: orderId 6–64 of [A-Za-z0-9-_=], orderName ≤ 100, amount a positive integer. */
export const ORDER_ID_RE = /^[A-Za-z0-9_=-]{6,64}$/;
const isHttpUrl = (s: string) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol);

/** Validates checkout parameters like Toss's payment window; returns [error code, Korean message] or the params. */
export function parseCheckout(p: URLSearchParams, clientKey: string): CheckoutParams | { problem: [string, string] } {
  if (p.get("clientKey") !== clientKey) return { problem: ["INVALID_CLIENT_KEY", "잘못된 클라이언트 연동 정보 입니다."] };
  const method = METHODS[p.get("method") ?? "카드"];
  if (!method) return { problem: ["NOT_SUPPORTED_METHOD", "로컬 테스트 결제창은 카드와 가상계좌만 지원합니다."] };
  const amount = Number(p.get("amount"));
  if (!Number.isSafeInteger(amount) || amount <= 0) return { problem: ["INVALID_REQUEST", "결제 금액(amount)은 양의 정수여야 합니다."] };
  const orderId = p.get("orderId") ?? "";
  if (!ORDER_ID_RE.test(orderId)) return { problem: ["INVALID_ORDER_ID", "orderId는 영문 대소문자, 숫자, -, _, = 로 6자 이상 64자 이하여야 합니다."] };
  const orderName = (p.get("orderName") ?? "").trim();
  if (!orderName || orderName.length > 100) return { problem: ["INVALID_ORDER_NAME", "주문 이름은 1자 이상 100자 이하여야 합니다."] };
  const successUrl = p.get("successUrl") ?? "";
  const failUrl = p.get("failUrl") ?? "";
  if (!isHttpUrl(successUrl)) return { problem: ["INCORRECT_SUCCESS_URL_FORMAT", "잘못된 successUrl 입니다."] };
  if (!isHttpUrl(failUrl)) return { problem: ["INCORRECT_FAIL_URL_FORMAT", "잘못된 failUrl 입니다."] };
  const out: CheckoutParams = { clientKey, method, amount, orderId, orderName, customerName: (p.get("customerName") ?? "").slice(0, 100), successUrl, failUrl };
  if (method === "가상계좌") {
    const hours = p.get("validHours");
    if (hours !== null && hours !== "") {
      const n = Number(hours);
      if (!Number.isInteger(n) || n < 1 || n > 720) return { problem: ["INVALID_REQUEST", "validHours는 1 이상 720 이하의 정수여야 합니다."] };
      out.validHours = n;
    }
    const callback = p.get("virtualAccountCallbackUrl");
    if (callback) {
      if (!isHttpUrl(callback)) return { problem: ["INVALID_REQUEST", "잘못된 virtualAccountCallbackUrl 입니다."] };
      out.virtualAccountCallbackUrl = callback;
    }
  }
  return out;
}

/** Appends parameters to a redirect URL, keeping its own query (Toss appends to successUrl/failUrl). */
export function redirectWith(uri: string, pairs: Array<[string, string]>): string {
  const url = new URL(uri);
  for (const [k, v] of pairs) url.searchParams.append(k, v);
  return url.toString();
}

const STYLE = `body{font-family:system-ui,-apple-system,"Apple SD Gothic Neo","Noto Sans KR",sans-serif;margin:0;background:#f2f4f6;color:#191f28}
main{max-width:420px;margin:0 auto;padding:24px 16px}.badge{display:inline-block;background:#fff4e5;color:#b45309;border:1px solid #f59e0b;border-radius:8px;padding:6px 10px;font-size:13px}
.card{background:#fff;border-radius:16px;padding:20px;margin:16px 0;box-shadow:0 1px 3px rgba(0,0,0,.06)}dl{margin:0}dt{color:#6b7684;font-size:13px;margin-top:12px}dd{margin:4px 0 0;font-size:17px;word-break:break-all}
.amount{font-size:26px;font-weight:700}button{width:100%;border:0;border-radius:12px;padding:16px;font-size:17px;margin-top:10px;cursor:pointer}
.pay{background:#3182f6;color:#fff}.cancel{background:#e5e8eb;color:#333d4b}p.note{color:#6b7684;font-size:13px;line-height:1.5}`;

const layout = (title: string, body: string) => `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;

export function renderCheckoutPage(c: CheckoutParams): string {
  const hidden = CHECKOUT_PARAMS.flatMap((k) => (c[k] === undefined ? [] : [`<input type="hidden" name="${k}" value="${esc(String(c[k]))}">`])).join("");
  const va = c.method === "가상계좌";
  return layout(
    va ? "가상계좌 결제 (로컬 테스트)" : "카드 결제 (로컬 테스트)",
    `<span class="badge">로컬 테스트 결제창 · 실제 결제가 이루어지지 않습니다</span>
<h1>${va ? "가상계좌 결제" : "카드 결제"}</h1>
<div class="card"><dl><dt>주문명</dt><dd>${esc(c.orderName)}</dd>
<dt>결제 금액</dt><dd class="amount">${c.amount.toLocaleString("ko-KR")}원</dd>
${c.customerName ? `<dt>구매자</dt><dd>${esc(c.customerName)}</dd>` : ""}
<dt>주문번호</dt><dd>${esc(c.orderId)}</dd></dl></div>
<form method="post" action="/checkout">${hidden}
<button class="pay" type="submit" name="decision" value="pay">${va ? "가상계좌 발급받기" : "결제하기"}</button>
<button class="cancel" type="submit" name="decision" value="cancel">취소</button></form>
<p class="note">${va ? "토스페이먼츠 결제창을 대신하는 개발용 화면입니다. 발급받기를 누르면 가맹점 서버가 결제 승인 API를 호출할 때 가상계좌가 발급되고, 입금은 제어 API(/__control/…/deposit)로 합니다." : "토스페이먼츠 결제창을 대신하는 개발용 화면입니다. 결제하기를 누르면 카드 인증이 끝난 것으로 처리되고,\n가맹점 서버가 결제 승인 API를 호출해야 결제가 완료됩니다."}</p>`,
  );
}

export function renderErrorPage(code: string, message: string): string {
  return layout(
    "결제 오류 (로컬 테스트)",
    `<span class="badge">로컬 테스트 결제창</span><h1>결제를 진행할 수 없습니다</h1>
<div class="card"><dl><dt>오류 코드</dt><dd>${esc(code)}</dd><dt>내용</dt><dd>${esc(message)}</dd></dl></div>`,
  );
}

export function renderReceiptPage(p: { orderName: string; orderId: string; status: string; totalAmount: number; balanceAmount: number; approvedAt: string | null }): string {
  return layout(
    "매출전표 (로컬 테스트)",
    `<span class="badge">로컬 테스트 영수증 · 실제 거래가 아닙니다</span><h1>카드 매출전표</h1>
<div class="card"><dl><dt>주문명</dt><dd>${esc(p.orderName)}</dd><dt>주문번호</dt><dd>${esc(p.orderId)}</dd>
<dt>상태</dt><dd>${esc(p.status)}</dd><dt>결제 금액</dt><dd>${p.totalAmount.toLocaleString("ko-KR")}원</dd>
<dt>취소 후 잔액</dt><dd>${p.balanceAmount.toLocaleString("ko-KR")}원</dd><dt>승인 일시</dt><dd>${esc(p.approvedAt ?? "-")}</dd></dl></div>`,
  );
}

/**
 * Stand-in for https://js.tosspayments.com/v1: @tosspayments/payment-sdk's loadTossPayments(clientKey, { src })
 * appends <script src>, waits for `load`, then calls window.TossPayments(clientKey). requestPayment(method, params)
 * with successUrl/failUrl navigates to this stub's checkout page, like Toss's redirect flow on mobile.
 */
export function sdkScript(baseUrl: string): string {
  return `/* Local Toss Payments v1 SDK stand-in (development and tests only). */
(function () {
  var BASE = ${JSON.stringify(baseUrl)};
  function fail(code, message) { var e = new Error(message); e.code = code; return Promise.reject(e); }
  function TossPayments(clientKey) {
    if (typeof clientKey !== "string" || !clientKey) throw new Error("[TossPayments SDK] clientKey is required");
    function requestPayment(method, params) {
      if (method && typeof method === "object") { params = method; method = params.method || "카드"; }
      params = params || {};
      var METHOD = { "카드": "카드", "CARD": "카드", "가상계좌": "가상계좌", "VIRTUAL_ACCOUNT": "가상계좌" }[method];
      if (!METHOD) return fail("INVALID_PARAMETER", "로컬 테스트 결제창은 카드와 가상계좌만 지원합니다.");
      if (!params.successUrl || !params.failUrl) return fail("INVALID_PARAMETER", "successUrl과 failUrl이 필요합니다.");
      if (typeof params.amount !== "number" || !(params.amount > 0)) return fail("INVALID_PARAMETER", "amount는 양수여야 합니다.");
      var q = new URLSearchParams();
      ${JSON.stringify(CHECKOUT_PARAMS)}.forEach(function (k) {
        var v = k === "clientKey" ? clientKey : k === "method" ? METHOD : params[k];
        if (v !== undefined && v !== null) q.set(k, String(v));
      });
      window.location.assign(BASE + "/checkout?" + q.toString());
      return new Promise(function () {}); /* the page navigates away */
    }
    function notSupported() { return fail("INVALID_PARAMETER", "로컬 테스트 SDK는 requestPayment('카드' | '가상계좌')만 지원합니다."); }
    return { requestPayment: requestPayment, requestBillingAuth: notSupported, cancelPayment: notSupported };
  }
  TossPayments.version = "local-stub";
  window.TossPayments = TossPayments;
})();
`;
}
