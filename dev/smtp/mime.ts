// Just enough MIME to show what nodemailer sends on the local inbox page: headers (RFC 2047 words),
// multipart bodies and base64 / quoted-printable parts. Not a general mail parser.
export type ParsedMail = { headers: Map<string, string>; subject: string; from: string; to: string; text: string; html: string };

function splitHead(raw: string): [Map<string, string>, string] {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? "" : raw.slice(at).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return [headers, body];
}

const qp = (s: string) => {
  const bytes: number[] = [];
  const src = s.replace(/=\r?\n/g, "");
  for (let i = 0; i < src.length; i++) {
    if (src[i] === "=" && /^[0-9A-F]{2}$/i.test(src.slice(i + 1, i + 3))) {
      bytes.push(parseInt(src.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(src[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
};

export const decodeWords = (s: string) =>
  s.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toLowerCase() === "b" ? Buffer.from(data, "base64").toString("utf8") : qp(data.replace(/_/g, " ")),
  );

function decodeBody(headers: Map<string, string>, body: string): string {
  const enc = (headers.get("content-transfer-encoding") ?? "").toLowerCase();
  if (enc === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (enc === "quoted-printable") return qp(body);
  return body;
}

function walk(headers: Map<string, string>, body: string, out: { text: string; html: string }) {
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith("--")) break;
      const [h, b] = splitHead(part.replace(/^\r?\n/, ""));
      walk(h, b, out);
    }
  } else if (/^text\/html/i.test(type)) out.html ||= decodeBody(headers, body);
  else if (/^text\/plain/i.test(type)) out.text ||= decodeBody(headers, body).trim();
}

export function parseMail(raw: string): ParsedMail {
  const [headers, body] = splitHead(raw);
  const out = { text: "", html: "" };
  walk(headers, body, out);
  return { headers, subject: decodeWords(headers.get("subject") ?? ""), from: decodeWords(headers.get("from") ?? ""), to: decodeWords(headers.get("to") ?? ""), ...out };
}
