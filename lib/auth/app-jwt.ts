// The API's own bearer token (seed B §5): HS256 with sub, role, iss, aud, iat, exp from env.
// jose runs in both the Node and edge runtimes.
import { jwtVerify, SignJWT } from "jose";
import { env } from "@/lib/env";

export type AppJwtRole = "MEMBER" | "ADMIN";
export type AppJwtClaims = { sub: string; role: AppJwtRole };

// imported once: given raw bytes, jose imports the HMAC key again on every call (~2× the CPU of a verify)
let hmacKey: Promise<CryptoKey> | undefined;
const key = () => (hmacKey ??= crypto.subtle.importKey("raw", new TextEncoder().encode(env.JWT_SECRET), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]));

export async function signAppJwt(claims: AppJwtClaims, opts: { expiresInMinutes?: number; now?: Date } = {}): Promise<string> {
  const iat = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ role: claims.role })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.sub)
    .setIssuer(env.JWT_ISSUER)
    .setAudience(env.JWT_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (opts.expiresInMinutes ?? env.JWT_EXPIRE_MINUTES) * 60)
    .sign(await key());
}

/** Returns the claims, or null for a forged, expired, wrong-issuer or wrong-audience token. */
export async function verifyAppJwt(token: string): Promise<AppJwtClaims | null> {
  try {
    const { payload } = await jwtVerify(token, await key(), {
      algorithms: ["HS256"],
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      requiredClaims: ["sub", "exp", "iat"],
    });
    const role = payload.role === "ADMIN" ? "ADMIN" : "MEMBER";
    return typeof payload.sub === "string" ? { sub: payload.sub, role } : null;
  } catch {
    return null;
  }
}
