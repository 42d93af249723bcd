// AWS Signature V4 verification for the local S3 stub. s3rver 3.7 accepts ANY V4 signature, so on
// its own it would accept an upload whose Content-Type or size differs from what the app signed;
// real S3 answers 403 SignatureDoesNotMatch. This recomputes the signature like S3 does, for both
// pre-signed URLs (query auth) and SDK requests (Authorization header). The payload hash itself is
// not checked (S3 does; pre-signed uploads use UNSIGNED-PAYLOAD anyway).
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

export type SigV4Request = { method: string; url: string; headers: IncomingHttpHeaders };
export type SigV4Result = { ok: true } | { ok: false; code: "SignatureDoesNotMatch" | "InvalidAccessKeyId" | "AuthorizationMalformed"; message: string };

const ALGORITHM = "AWS4-HMAC-SHA256";

const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data, "utf8").digest();
const sha256Hex = (data: string) => createHash("sha256").update(data, "utf8").digest("hex");

/** RFC 3986 encoding as S3 expects it (encodeURIComponent leaves !'()* alone). */
function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, "%20"));
  } catch {
    return value;
  }
}

function parseQuery(raw: string): [string, string][] {
  return raw
    .split("&")
    .filter(Boolean)
    .map((pair) => {
      const i = pair.indexOf("=");
      return i < 0 ? [safeDecode(pair), ""] : [safeDecode(pair.slice(0, i)), safeDecode(pair.slice(i + 1))];
    });
}

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const v = headers[name];
  const joined = Array.isArray(v) ? v.join(",") : (v ?? "");
  return joined.trim().replace(/\s+/g, " ");
}

type Auth = { credential: string; signedHeaders: string[]; signature: string; amzDate: string; payloadHash: string; query: [string, string][] };

function readAuth(req: SigV4Request, query: [string, string][]): Auth | null | "malformed" {
  const q = new Map(query);
  if (q.has("X-Amz-Algorithm")) {
    const credential = q.get("X-Amz-Credential");
    const signedHeaders = q.get("X-Amz-SignedHeaders");
    const signature = q.get("X-Amz-Signature");
    const amzDate = q.get("X-Amz-Date");
    if (q.get("X-Amz-Algorithm") !== ALGORITHM || !credential || !signedHeaders || !signature || !amzDate) return "malformed";
    return {
      credential,
      signedHeaders: signedHeaders.split(";"),
      signature,
      amzDate,
      payloadHash: q.get("X-Amz-Content-Sha256") ?? "UNSIGNED-PAYLOAD",
      query: query.filter(([k]) => k !== "X-Amz-Signature"),
    };
  }
  const authorization = headerValue(req.headers, "authorization");
  if (!authorization.startsWith(`${ALGORITHM} `)) return null; // V2 or anonymous: s3rver handles those
  const parts = new Map(
    authorization
      .slice(ALGORITHM.length + 1)
      .split(",")
      .map((p) => p.trim().split("=") as [string, string]),
  );
  const credential = parts.get("Credential");
  const signedHeaders = parts.get("SignedHeaders");
  const signature = parts.get("Signature");
  const amzDate = headerValue(req.headers, "x-amz-date");
  if (!credential || !signedHeaders || !signature || !amzDate) return "malformed";
  return { credential, signedHeaders: signedHeaders.split(";"), signature, amzDate, payloadHash: headerValue(req.headers, "x-amz-content-sha256"), query };
}

/** Verifies a V4-signed request; requests without a V4 signature pass (`ok`) untouched. */
export function verifySigV4(req: SigV4Request, secretFor: (accessKeyId: string) => string | undefined): SigV4Result {
  const qIndex = req.url.indexOf("?");
  const rawPath = qIndex < 0 ? req.url : req.url.slice(0, qIndex);
  const query = parseQuery(qIndex < 0 ? "" : req.url.slice(qIndex + 1));
  const auth = readAuth(req, query);
  if (auth === null) return { ok: true };
  if (auth === "malformed") return { ok: false, code: "AuthorizationMalformed", message: "The V4 authorization parameters are incomplete." };

  const [accessKeyId, date, region, service, terminator] = auth.credential.split("/");
  const secret = accessKeyId ? secretFor(accessKeyId) : undefined;
  if (!secret) return { ok: false, code: "InvalidAccessKeyId", message: "The AWS Access Key Id you provided does not exist in our records." };
  if (!date || !region || !service || terminator !== "aws4_request") {
    return { ok: false, code: "AuthorizationMalformed", message: "The credential scope is malformed." };
  }

  const canonicalUri = rawPath
    .split("/")
    .map((segment) => rfc3986(safeDecode(segment)))
    .join("/");
  const canonicalQuery = auth.query
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const canonicalHeaders = auth.signedHeaders.map((h) => `${h}:${headerValue(req.headers, h)}\n`).join("");
  const canonicalRequest = [req.method, canonicalUri, canonicalQuery, canonicalHeaders, auth.signedHeaders.join(";"), auth.payloadHash].join("\n");

  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = [ALGORITHM, auth.amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), "aws4_request");
  const expected = createHmac("sha256", signingKey).update(stringToSign, "utf8").digest("hex");

  const a = Buffer.from(expected);
  const b = Buffer.from(auth.signature);
  if (a.length === b.length && timingSafeEqual(a, b)) return { ok: true };
  return {
    ok: false,
    code: "SignatureDoesNotMatch",
    message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
  };
}
