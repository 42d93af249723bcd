// Browser side of the local PortOne stub: the stand-in for PortOne's V2 browser SDK script
// (cdn.portone.io/v2/browser-sdk.js, which @portone/browser-sdk injects and then calls as
// window.PortOne) and the identity-verification window standing in for the carrier's 본인인증 page.
// Plain HTML, every value escaped. A tester types a person or picks a preset (two forms: Enter in
// the typed one submits 인증 완료, not the first preset).

/** `twin`: tells apart people with the same name, birth date and gender (동명이인): part of the CI, not of the answer */
export type Person = { name: string; birthDate: string; phoneNumber: string; gender: "MALE" | "FEMALE"; isForeigner: boolean; operator: string; twin?: string };

/** presets of the verification window: adults of both genders and one minor (the 19+ refusal) */
export const PRESET_PEOPLE: Array<{ key: string; label: string; person: Person }> = [
  { key: "adult-m", label: "김민준 · 남 · 1990-03-15", person: { name: "김민준", birthDate: "1990-03-15", phoneNumber: "01071001001", gender: "MALE", isForeigner: false, operator: "SKT" } },
  { key: "adult-f", label: "이서연 · 여 · 1993-07-22", person: { name: "이서연", birthDate: "1993-07-22", phoneNumber: "01071002002", gender: "FEMALE", isForeigner: false, operator: "KT" } },
  { key: "minor", label: "박하준 · 남 · 2010-01-05 (미성년)", person: { name: "박하준", birthDate: "2010-01-05", phoneNumber: "01071003003", gender: "MALE", isForeigner: false, operator: "LGU" } },
];

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Security headers of the stub's HTML pages (no form-action: it would block the redirect back to the app). */
export const HTML_HEADERS = { "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'", "Referrer-Policy": "no-referrer" };

/** The parameters of requestIdentityVerification carried to the window and its form. */
export const WINDOW_PARAMS = ["storeId", "channelKey", "identityVerificationId", "customData", "redirectUrl", "mode"] as const;
export type WindowParams = Record<(typeof WINDOW_PARAMS)[number], string>;

const STYLE = `body{font-family:system-ui,-apple-system,"Apple SD Gothic Neo","Noto Sans KR",sans-serif;margin:0;background:#f4f5f7;color:#1b1d1f}
main{max-width:420px;margin:0 auto;padding:20px 16px}.badge{display:inline-block;background:#fff4e5;color:#b45309;border:1px solid #f59e0b;border-radius:8px;padding:6px 10px;font-size:13px}
h1{font-size:20px;margin:14px 0 4px}p.note{color:#6b7280;font-size:13px;line-height:1.5}.card{background:#fff;border-radius:16px;padding:16px;margin:14px 0;box-shadow:0 1px 3px rgba(0,0,0,.06)}
label{display:block;font-size:14px;color:#4b5563;margin-top:12px}input,select{box-sizing:border-box;width:100%;font-size:16px;padding:12px;border:1px solid #d1d5db;border-radius:10px;margin-top:6px;background:#fff}
button{width:100%;border:0;border-radius:12px;padding:15px;font-size:16px;margin-top:10px;cursor:pointer}.ok{background:#2563eb;color:#fff}.preset{background:#eef2ff;color:#1e3a8a;text-align:left}
.cancel{background:#e5e7eb;color:#374151}.row{display:flex;gap:8px}.row>*{flex:1}`;

const layout = (title: string, body: string) => `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;

const hidden = (p: WindowParams) => WINDOW_PARAMS.map((k) => `<input type="hidden" name="${k}" value="${esc(p[k])}">`).join("");

export function renderWindowPage(p: WindowParams): string {
  const presets = PRESET_PEOPLE.map((x) => `<button class="preset" type="submit" name="preset" value="${esc(x.key)}">${esc(x.label)}</button>`).join("");
  return layout(
    "휴대폰 본인인증",
    `<span class="badge">로컬 테스트용 본인인증 창 (PortOne 대용)</span>
<h1>휴대폰 본인인증</h1><p class="note">실제 통신사 인증 대신 아래 정보로 인증 결과를 만들어요. 같은 이름·생년월일·성별(과 동명이인 구분값)은 같은 사람(같은 CI)으로 인증돼요.</p>
<form method="post" action="/identity-verifications/window/submit">${hidden(p)}<input type="hidden" name="decision" value="verify">
<div class="card"><strong>빠른 선택</strong>${presets}</div></form>
<form method="post" action="/identity-verifications/window/submit">${hidden(p)}
<div class="card"><strong>직접 입력</strong>
<label>이름 <input name="name" autocomplete="off" maxlength="30"></label>
<label>생년월일 <input name="birthDate" type="date"></label>
<div class="row"><label>성별 <select name="gender"><option value="MALE">남</option><option value="FEMALE">여</option></select></label>
<label>통신사 <select name="operator"><option value="SKT">SKT</option><option value="KT">KT</option><option value="LGU">LG U+</option></select></label></div>
<label>휴대폰 번호 <input name="phoneNumber" inputmode="numeric" placeholder="01012345678" maxlength="13"></label>
<label><input type="checkbox" name="isForeigner" value="1" style="width:auto"> 외국인</label>
<label>동명이인 구분값 (선택) <input name="twin" autocomplete="off" maxlength="40"></label>
<p class="note">이름·생년월일·성별이 같아도 구분값이 다르면 다른 사람(다른 CI)이에요.</p>
<button class="ok" type="submit" name="decision" value="verify">인증 완료</button></div>
<button class="cancel" type="submit" name="decision" value="cancel">인증 취소</button>
</form>`,
  );
}

export function renderErrorPage(title: string, message: string): string {
  return layout(title, `<span class="badge">로컬 테스트용 본인인증 창</span><h1>${esc(title)}</h1><p class="note">${esc(message)}</p>`);
}

/** iframe mode: hand the result to the SDK script in the parent page, like PortOne's window does. */
export function renderPostMessagePage(result: Record<string, string>, targetOrigin: string): string {
  const json = JSON.stringify(result).replace(/</g, "\\u003c");
  return layout("본인인증", `<p class="note">본인인증 결과를 전달하고 있어요…</p><script>parent.postMessage({ portoneStubIdentity: ${json} }, ${JSON.stringify(targetOrigin)});</script>`);
}

/**
 * The SDK script stand-in. window.PortOne.requestIdentityVerification(request): with redirectUrl and
 * forceRedirect (what the app uses; PortOne's mobile flow) the page goes to the window and comes back
 * to redirectUrl?identityVerificationId=…&identityVerificationTxId=…&transactionType=…[&code&message];
 * otherwise the window opens in a full-screen iframe and the promise resolves with the response.
 */
export function sdkScript(origin: string): string {
  return `(function(){
var ORIGIN=${JSON.stringify(origin)};
function url(req,mode){var q=new URLSearchParams();q.set("storeId",req.storeId||"");q.set("channelKey",req.channelKey||"");
q.set("identityVerificationId",req.identityVerificationId||"");q.set("customData",req.customData||"");q.set("redirectUrl",req.redirectUrl||"");q.set("mode",mode);
return ORIGIN+"/identity-verifications/window?"+q.toString();}
function requestIdentityVerification(req){
  if(!req||!req.storeId||!req.identityVerificationId)return Promise.reject(Object.assign(new Error("storeId와 identityVerificationId는 필수입니다."),{code:"INVALID_REQUEST"}));
  if(req.redirectUrl&&req.forceRedirect){window.location.href=url(req,"redirect");return new Promise(function(){});}
  return new Promise(function(resolve){
    var f=document.createElement("iframe");f.src=url(req,"iframe");f.title="본인인증";
    f.style.cssText="position:fixed;inset:0;width:100%;height:100%;border:0;z-index:2147483647;background:#fff";
    function onMessage(e){if(e.origin!==ORIGIN||!e.data||!e.data.portoneStubIdentity)return;window.removeEventListener("message",onMessage);f.remove();resolve(e.data.portoneStubIdentity);}
    window.addEventListener("message",onMessage);document.body.appendChild(f);
  });
}
window.PortOne={requestIdentityVerification:requestIdentityVerification};
})();`;
}
