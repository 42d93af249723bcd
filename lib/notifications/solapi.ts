// Solapi REST client (카카오 알림톡 and SMS/LMS), with fetch: the `solapi` SDK hard-codes
// https://api.solapi.com (DefaultService.baseUrl is private), and the local server (dev/solapi)
// must be reachable. Same contract as the SDK (solapi/dist: getAuthInfo, MessageService.send):
//   Authorization: HMAC-SHA256 apiKey=<key>, date=<ISO 8601>, salt=<random>, signature=<hex HMAC-SHA256(secret, date + salt)>
//   POST /messages/v4/send-many/detail { messages: [...], showMessageList: true }
//     → { groupInfo: {...}, failedMessageList: [{ to, statusCode, statusMessage, ... }], messageList: [{ messageId, statusCode, statusMessage }] }
// One message per request here: its answer is the answer for that delivery row.
// Acceptance is not delivery: Kakao may refuse a 알림톡 later. The outcome is read back with
//   GET /messages/v4/list?messageIds=<id>&messageIds=<id>…&limit=<n>   (the SDK's getMessages: repeated keys)
//     → { startKey, nextKey, limit, messageList: { [messageId]: { messageId, status, statusCode, reason, dateReported, … } } }
//   statusCode "2000" (접수) and "3000" (이통사 접수, 결과 대기) are not final; "4000" is 수신 완료;
//   any other code (e.g. 3104 카카오톡 미사용자) is the provider's final refusal.
// Errors: 5xx, a timeout or a network failure are retryable; 4xx (bad key, bad request) are not.
// The recipient number passes through here only; nothing in this file logs.
import { createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

export type SolapiMessage = {
  to: string;
  from: string;
  text: string;
  type: "ATA" | "SMS" | "LMS";
  subject?: string;
  kakaoOptions?: { pfId: string; templateId: string; variables: Record<string, string>; disableSms: boolean; buttons?: { buttonName: string; buttonType: "WL"; linkMo: string; linkPc: string }[] };
  customFields?: Record<string, string>;
};

export type SolapiResult = { ok: true; messageId: string } | { ok: false; retry: boolean; code: string };

export function solapiAuthorization(apiKey: string, apiSecret: string, date = new Date().toISOString(), salt = randomBytes(16).toString("hex")): string {
  const signature = createHmac("sha256", apiSecret).update(date + salt).digest("hex");
  return `HMAC-SHA256 apiKey=${apiKey}, date=${date}, salt=${salt}, signature=${signature}`;
}

type SendManyResponse = {
  failedMessageList?: { statusCode?: string; statusMessage?: string }[];
  messageList?: { messageId?: string; statusCode?: string }[];
};

export async function solapiSend(message: SolapiMessage): Promise<SolapiResult> {
  let res: Response;
  try {
    res = await fetch(new URL("/messages/v4/send-many/detail", env.SOLAPI_API_BASE), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: solapiAuthorization(env.SOLAPI_API_KEY, env.SOLAPI_API_SECRET) },
      body: JSON.stringify({ messages: [message], showMessageList: true }),
      signal: AbortSignal.timeout(env.SOLAPI_TIMEOUT_MS),
    });
  } catch (err) {
    return { ok: false, retry: true, code: (err as Error).name === "TimeoutError" ? "TIMEOUT" : "NETWORK" };
  }
  if (res.status >= 500 || res.status === 429) return { ok: false, retry: true, code: `HTTP_${res.status}` };
  const body = (await res.json().catch(() => null)) as (SendManyResponse & { errorCode?: string }) | null;
  if (!res.ok || !body) return { ok: false, retry: false, code: body?.errorCode ?? `HTTP_${res.status}` };
  const failed = body.failedMessageList?.[0];
  if (failed) return { ok: false, retry: false, code: `SOLAPI_${failed.statusCode ?? "FAILED"}` };
  const sent = body.messageList?.[0];
  return sent?.messageId ? { ok: true, messageId: sent.messageId } : { ok: false, retry: false, code: "SOLAPI_NO_MESSAGE" };
}

export type SolapiReport = { state: "pending" | "delivered" | "failed"; code: string };
export const SOLAPI_DELIVERED = "4000";
const NOT_FINAL = new Set(["2000", "3000"]);

/** What the provider reports for these message ids (at most 100 per call); a missing id is pending. */
export async function solapiReports(messageIds: readonly string[]): Promise<{ ok: true; reports: Map<string, SolapiReport> } | { ok: false; code: string }> {
  const url = new URL("/messages/v4/list", env.SOLAPI_API_BASE);
  for (const id of messageIds) url.searchParams.append("messageIds", id);
  url.searchParams.set("limit", String(Math.max(1, messageIds.length)));
  let res: Response;
  try {
    res = await fetch(url, { headers: { authorization: solapiAuthorization(env.SOLAPI_API_KEY, env.SOLAPI_API_SECRET) }, signal: AbortSignal.timeout(env.SOLAPI_TIMEOUT_MS) });
  } catch (err) {
    return { ok: false, code: (err as Error).name === "TimeoutError" ? "TIMEOUT" : "NETWORK" };
  }
  const body = (await res.json().catch(() => null)) as { messageList?: Record<string, { statusCode?: string | null }>; errorCode?: string } | null;
  if (!res.ok || !body) return { ok: false, code: body?.errorCode ?? `HTTP_${res.status}` };
  const reports = new Map<string, SolapiReport>();
  for (const [id, m] of Object.entries(body.messageList ?? {})) {
    const code = m?.statusCode ?? "";
    reports.set(id, { state: !code || NOT_FINAL.has(code) ? "pending" : code === SOLAPI_DELIVERED ? "delivered" : "failed", code });
  }
  return { ok: true, reports };
}

/** SMS holds 90 bytes (EUC-KR: a Korean letter is 2); longer texts go as LMS with a subject */
export { smsBytes } from "./sms-bytes";
