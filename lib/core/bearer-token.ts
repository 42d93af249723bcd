// The token of an `Authorization: Bearer …` header, read the same way by the app JWT, the cron
// secret and the metrics token (a web-standard Request: no framework, no secret here).
export function bearerToken(req: Request): string | null {
  const header = req.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match ? match[1] : null;
}
