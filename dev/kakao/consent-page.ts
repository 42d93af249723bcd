// Consent screen of the local Kakao stub: authorize-parameter checks, redirects and HTML (all values escaped).
import type { DemoAccount } from "../demo-accounts";

/** Query parameters of /oauth/authorize that the consent forms carry to /oauth/authorize/consent. */
export const FORWARDED_PARAMS = [
  "client_id",
  "redirect_uri",
  "response_type",
  "state",
  "scope",
  "code_challenge",
  "code_challenge_method",
] as const;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Security headers for every HTML page of the stub (no form-action: it would block the redirect to the app). */
export const HTML_HEADERS = {
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
};

/** Checks /oauth/authorize parameters like Kakao does; returns [KOE code, Korean message] or undefined. */
export function authorizeProblem(p: URLSearchParams, clientId: string): [string, string] | undefined {
  if (p.get("client_id") !== clientId) return ["KOE101", "앱 키(client_id)가 올바르지 않습니다."];
  if (p.get("response_type") !== "code") return ["KOE001", "response_type은 code여야 합니다."];
  const redirect = p.get("redirect_uri") ?? "";
  if (!URL.canParse(redirect) || !/^https?:$/.test(new URL(redirect).protocol)) {
    return ["KOE006", "redirect_uri는 절대 http(s) URL이어야 합니다."];
  }
  if ((p.get("scope") ?? "").split(/[\s,]+/).includes("openid")) {
    return ["KOE205", "OpenID Connect가 활성화되지 않은 앱입니다 (scope=openid)."];
  }
  const method = p.get("code_challenge_method");
  if (method !== null && method !== "S256" && method !== "plain") {
    return ["KOE001", "code_challenge_method는 S256 또는 plain이어야 합니다."];
  }
  return undefined;
}

/** Kakao member numbers are positive integers that fit in a JSON number (safe integer). */
export const isKakaoId = (id: string) => /^[1-9][0-9]{0,15}$/.test(id) && Number.isSafeInteger(Number(id));

/** The account chosen on the consent page (a demo button or the new-account form). */
export function parseConsentChoice(
  p: URLSearchParams,
  accounts: readonly DemoAccount[],
): { kakaoId: string; nickname: string } | { problem: [string, string] } {
  const kakaoId = (p.get("kakaoId") ?? "").trim();
  const nickname = (p.get("nickname") ?? "").trim() || accounts.find((a) => a.kakaoId === kakaoId)?.nickname || "";
  if (!isKakaoId(kakaoId)) return { problem: ["KOE001", "카카오 회원번호는 숫자여야 합니다."] };
  if (!nickname || nickname.length > 30) return { problem: ["KOE001", "닉네임은 1~30자여야 합니다."] };
  return { kakaoId, nickname };
}

/** Appends parameters to a redirect URI, keeping its own query; spaces become %20 like Kakao; empty values are skipped. */
export function redirectWith(uri: string, pairs: Array<[string, string | null]>): string {
  const url = new URL(uri);
  const extra = pairs.filter((p): p is [string, string] => !!p[1]).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  url.search = [url.search.slice(1), ...extra].filter(Boolean).join("&");
  return url.toString();
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Neutral grey avatar served as Kakao's "default profile image". */
export const DEFAULT_PROFILE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="110" height="110" viewBox="0 0 110 110">' +
  '<rect width="110" height="110" fill="#e5e5e5"/><circle cx="55" cy="42" r="20" fill="#bdbdbd"/>' +
  '<path d="M18 104c4-22 20-34 37-34s33 12 37 34z" fill="#bdbdbd"/></svg>';

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Apple SD Gothic Neo","Noto Sans KR",sans-serif;background:#f5f5f5;color:#191919}
main{max-width:420px;margin:0 auto;padding:24px 16px 40px}
header{text-align:center;margin-bottom:20px}
.logo{display:inline-flex;width:48px;height:48px;border-radius:14px;background:#fee500;align-items:center;justify-content:center;font-weight:800;font-size:22px}
h1{font-size:20px;margin:12px 0 4px}
h2{font-size:15px;margin:0 0 12px}
p{margin:0;font-size:13px;color:#555;line-height:1.5}
section{background:#fff;border-radius:12px;padding:16px;margin-bottom:16px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
ul{list-style:none;margin:0;padding:0;display:grid;gap:8px}
form{margin:0}
button{width:100%;min-height:48px;border:0;border-radius:10px;font-size:15px;cursor:pointer;font-family:inherit}
.account{display:flex;justify-content:space-between;align-items:center;gap:8px;padding:10px 14px;background:#fafafa;border:1px solid #e5e5e5;text-align:left}
.account:hover,.account:focus-visible{border-color:#191919}
.account span{font-size:12px;color:#666}
.primary{background:#fee500;color:#191919;font-weight:700;margin-top:12px}
.cancel{background:#fff;border:1px solid #ccc;color:#333}
label{display:block;font-size:13px;font-weight:600;margin:10px 0 4px}
input{width:100%;min-height:44px;padding:8px 12px;border:1px solid #ccc;border-radius:8px;font-size:16px}
.error{border-left:4px solid #e53935}
code{font-weight:700}
`;

function layout(body: string): string {
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>카카오 로그인 (개발용)</title>
<style>${STYLE}</style>
</head>
<body><main>
<header><div class="logo" aria-hidden="true">K</div><h1>카카오 로그인 (개발용)</h1>
<p>로컬 개발용 카카오 호환 서버입니다. 실제 카카오 계정은 사용되지 않습니다.</p></header>
${body}
</main></body>
</html>`;
}

function hiddenFields(params: URLSearchParams, extra: Record<string, string>): string {
  const fields: string[] = [];
  for (const name of FORWARDED_PARAMS) {
    const value = params.get(name);
    if (value !== null) fields.push(`<input type="hidden" name="${name}" value="${escapeHtml(value)}">`);
  }
  for (const [name, value] of Object.entries(extra)) {
    fields.push(`<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`);
  }
  return fields.join("");
}

function consentForm(params: URLSearchParams, extra: Record<string, string>, inner: string): string {
  return `<form method="post" action="/oauth/authorize/consent">${hiddenFields(params, extra)}${inner}</form>`;
}

export function renderConsentPage(input: {
  params: URLSearchParams;
  accounts: readonly DemoAccount[];
  suggestedKakaoId: string;
}): string {
  const { params, accounts } = input;
  const items = accounts
    .map((a) =>
      consentForm(
        params,
        { kakaoId: a.kakaoId, nickname: a.nickname },
        `<button type="submit" class="account"><strong>${escapeHtml(a.nickname)}</strong> <span>${escapeHtml(a.label)}</span></button>`,
      ),
    )
    .map((form) => `<li>${form}</li>`)
    .join("\n");
  const newAccount = consentForm(
    params,
    {},
    `<label for="new-kakao-id">카카오 회원번호</label>
<input id="new-kakao-id" name="kakaoId" inputmode="numeric" pattern="[1-9][0-9]{0,15}" maxlength="16" required value="${escapeHtml(input.suggestedKakaoId)}">
<label for="new-nickname">닉네임</label>
<input id="new-nickname" name="nickname" maxlength="30" required autocomplete="off">
<button type="submit" class="primary">새 계정으로 동의하고 계속하기</button>`,
  );
  const cancel = consentForm(params, { decision: "cancel" }, `<button type="submit" class="cancel">취소</button>`);
  return layout(`<section aria-labelledby="demo-title"><h2 id="demo-title">데모 계정으로 로그인</h2>
<p style="margin-bottom:12px">동의 항목: 닉네임, 프로필 사진</p>
<ul>
${items}
</ul></section>
<section aria-labelledby="new-title"><h2 id="new-title">새 카카오 계정으로 로그인</h2>
<p>처음 가입하는 회원을 흉내 냅니다.</p>
${newAccount}</section>
${cancel}`);
}

export function renderErrorPage(errorCode: string, message: string): string {
  return layout(`<section class="error" role="alert"><h2>요청을 처리할 수 없습니다</h2>
<p>에러 코드: <code>${escapeHtml(errorCode)}</code></p>
<p>${escapeHtml(message)}</p></section>`);
}
