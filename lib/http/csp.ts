// Content-Security-Policy per page (set by proxy.ts). Pages behind sign-in are rendered per
// request, so they get a per-request nonce with 'strict-dynamic' (Next reads the nonce from the
// request's CSP header and puts it on its own scripts). Public pages are prerendered at build time,
// when no nonce exists, so their scripts are allowed by 'self' + 'unsafe-inline' (they render no
// member content). Third parties only where they run: Toss's SDK, API and payment window on the
// checkout pages, PortOne's SDK script on onboarding, Kakao's authorize endpoint as a form target on the sign-in page.
import { env, isProduction } from "@/lib/env";

const origin = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

/** Paths whose pages run Toss's SDK (card checkout and its return pages). */
export const TOSS_PAGES = ["/checkout", "/payments", "/membership"];
/** Paths whose pages run PortOne's browser SDK (the 본인인증 step of onboarding; its window is a redirect). */
export const PORTONE_PAGES = ["/onboarding"];
/** Paths whose forms end at Kakao's authorize page (Auth.js redirects there). */
/** pages whose form goes to Kakao's sign-in: /login and the landing's one-tap "카카오로 시작하기" */
export const KAKAO_PAGES = ["/login", "/"];

const under = (pathname: string, prefixes: string[]) => prefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));

/** Where photos are read from and uploaded to (pre-signed URLs). */
function storageOrigins(): string[] {
  const endpoint = origin(env.S3_ENDPOINT);
  if (endpoint) return [endpoint];
  return [`https://${env.S3_BUCKET}.s3.${env.S3_REGION}.amazonaws.com`, `https://s3.${env.S3_REGION}.amazonaws.com`];
}

export function contentSecurityPolicy(pathname: string, nonce: string | null): string {
  const toss = under(pathname, TOSS_PAGES) ? [origin(env.TOSS_SDK_URL), origin(env.TOSS_API_BASE), "https://*.tosspayments.com"].filter((x): x is string => !!x) : [];
  const portone = under(pathname, PORTONE_PAGES) ? [origin(env.PORTONE_SDK_URL)].filter((x): x is string => !!x) : [];
  const kakao = under(pathname, KAKAO_PAGES) ? [origin(env.KAKAO_AUTH_BASE)].filter((x): x is string => !!x) : [];
  const dev = isProduction ? [] : ["'unsafe-eval'"]; // React's dev tooling; never in production
  const script = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...toss, ...portone, ...dev] : ["'self'", "'unsafe-inline'", ...toss, ...portone, ...dev];
  const storage = storageOrigins();
  const directives: [string, string[]][] = [
    ["default-src", ["'self'"]],
    ["script-src", script],
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "data:", "blob:", ...storage]],
    ["font-src", ["'self'", "data:"]],
    ["connect-src", ["'self'", ...storage, ...toss]],
    ["frame-src", toss.length ? toss : ["'none'"]],
    ["form-action", ["'self'", ...kakao, ...toss]],
    ["frame-ancestors", ["'none'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["manifest-src", ["'self'"]],
    ["worker-src", ["'self'", "blob:"]],
  ];
  const policy = directives.map(([k, v]) => `${k} ${[...new Set(v)].join(" ")}`);
  if (isProduction) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

export const HSTS = "max-age=63072000; includeSubDomains; preload";

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
