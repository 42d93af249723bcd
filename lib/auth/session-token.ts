// Reads the Auth.js session cookie (a JWE) from a request without Next's request context, so the
// same actor resolution works in route handlers, server components and tests.
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";

export type SessionClaims = { uid: string; role?: string; status?: string };

export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}authjs.session-token`;
}

export async function readSessionToken(req: { headers: Headers; url: string }): Promise<SessionClaims | null> {
  const secure = new URL(req.url).protocol === "https:";
  const token = await getToken({
    req,
    secret: env.AUTH_SECRET,
    secureCookie: secure,
    cookieName: sessionCookieName(secure),
    salt: sessionCookieName(secure),
  });
  return token && typeof token.uid === "string"
    ? { uid: token.uid, role: token.role as string | undefined, status: token.status as string | undefined }
    : null;
}
