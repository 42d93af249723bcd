// Where Auth.js sends a browser after sign-in or sign-out (its callbackUrl) stays on our own origin.
// The value comes from the client — the query, the form body or the callback-url cookie — so a foreign
// or malformed one is bad input, ignored quietly: the browser lands on a page of ours instead. Left to
// Auth.js, a value that is no URL made it throw (an error-level log and /login?error=Configuration,
// or a 500 from /api/auth/session for a cookie).
// Pure (no logger, no Next): the proxy bundle loads it through the Auth.js config (lib/auth/config.ts).

/** `value` as an absolute URL on `origin`, or null when it points anywhere else or is no URL. */
export function sameOriginUrl(value: string, origin: string): string | null {
  // "//host" and "/\host" are protocol-relative to a browser: another host
  if (value.startsWith("/")) return /^\/[/\\]/.test(value) ? null : new URL(value, origin).href;
  try {
    const url = new URL(value);
    return url.origin === origin ? url.href : null;
  } catch {
    return null;
  }
}

/** Auth.js' redirect callback: same-origin targets only, anything else lands on the home page. */
export function redirectCallback({ url, baseUrl }: { url: string; baseUrl: string }): string {
  return sameOriginUrl(url, baseUrl) ?? baseUrl;
}
