# syntax=docker/dockerfile:1
# Inyeon (인연) production image for self-hosting: Next.js standalone server (next.config.mjs
# `output: "standalone"`), non-root, only the traced server files + static assets + migrations.
#   docker build -t inyeon .
#   docker run --env-file .env -p 3000:3000 inyeon                   # the app (server.js); .env sets TRUSTED_PROXY
#   docker run --env-file .env inyeon node migrate.cjs               # apply migrations (compose does it first)
# tests/standalone/run.ts runs the same layout outside Docker (CI has no Docker engine).

ARG NODE_IMAGE=node:22-bookworm-slim

# ---- dependencies (cached until package*.json change) ----
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# ---- build: Prisma client, Next.js standalone output, the migration runner as one file ----
FROM ${NODE_IMAGE} AS builder
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN node scripts/prisma-generate.mjs \
 && node_modules/.bin/next build \
 && node_modules/.bin/esbuild scripts/migrate-deploy.ts --bundle --platform=node --format=cjs --target=node22 --conditions=react-server \
      --external:@electric-sql/pglite --external:pg-native --outfile=.next/standalone/migrate.cjs \
 && mkdir -p public

# ---- runtime: node + the standalone server, nothing else ----
FROM ${NODE_IMAGE} AS runner
WORKDIR /app
ENV NODE_ENV=production \
    APP_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 inyeon \
 && useradd --system --uid 1001 --gid inyeon --no-create-home --shell /usr/sbin/nologin inyeon
# code stays root-owned (read-only for the app user); only Next's cache directory is writable
COPY --from=builder /app/.next/standalone ./
COPY --from=builder /app/.next/static ./.next/static
COPY --from=builder /app/public ./public
COPY --from=builder /app/prisma/migrations ./prisma/migrations
RUN mkdir -p .next/cache && chown inyeon:inyeon .next/cache
USER inyeon
EXPOSE 3000
# liveness only (process up, answering): readiness (database, Redis, S3, migrations) is /api/healthz/ready
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Next's server drains in-flight requests on SIGTERM, then exits
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
