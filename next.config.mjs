// Next.js configuration. PGlite and pino stay outside the bundle (they load files at runtime). Static
// security headers here; the per-request Content-Security-Policy (nonces) is set by proxy.ts.
/** @type {import('next').NextConfig} */
const nextConfig = {
  // a separate build directory lets a check build and serve without touching the default `.next`
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // self-hosting: `.next/standalone/server.js` with only the traced node_modules (Dockerfile); Vercel ignores it
  output: "standalone",
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino", "pg", "s3rver"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(self)" },
          // HSTS for static assets too when built for production (proxy.ts adds it to pages, the route adapter to the API, at run time)
          ...(process.env.APP_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }] : []),
        ],
      },
    ];
  },
};

export default nextConfig;
