// The self-hosting files, linted with the packaged linters (dockerfile-utils for the Dockerfile, dclint
// for the compose file; hadolint is packaged for neither npm nor Debian) and checked for what the
// deployment relies on. tests/standalone/run.ts then runs the image's layout and commands for real.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { validate } from "dockerfile-utils";
import { describe, expect, it } from "vitest";

const dockerfile = readFileSync("Dockerfile", "utf8");
const compose = readFileSync("docker-compose.yml", "utf8");
const runtimeStage = dockerfile.split(/^FROM\s/m).at(-1)!;

describe("Dockerfile", () => {
  it("passes dockerfile-utils' linter with no finding", () => {
    expect(validate(dockerfile).map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it("builds on a current Node LTS and runs the standalone server as a non-root user with a health check", () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:(22|24)[-.\w]*$/m);
    expect(runtimeStage).toMatch(/^\$\{NODE_IMAGE\} AS runner$/m);
    expect(runtimeStage).toMatch(/^USER (?!root\b|0\b)\w+/m);
    expect(runtimeStage).toMatch(/^HEALTHCHECK [\s\S]*\/api\/healthz/m);
    expect(runtimeStage).toMatch(/^CMD \["node", "server\.js"\]$/m);
    // only the standalone output, static files, public and migrations reach the final image
    const copies = [...runtimeStage.matchAll(/^COPY (.*)$/gm)].map((m) => m[1]);
    expect(copies).toEqual([
      "--from=builder /app/.next/standalone ./",
      "--from=builder /app/.next/static ./.next/static",
      "--from=builder /app/public ./public",
      "--from=builder /app/prisma/migrations ./prisma/migrations",
    ]);
  });

  it("the build context leaves out dependencies, build output, local data and secrets", () => {
    const ignored = readFileSync(".dockerignore", "utf8").split("\n").map((l) => l.trim());
    for (const entry of ["node_modules", ".next", "data", ".env", ".env.*", ".git"]) expect(ignored).toContain(entry);
  });
});

describe("docker-compose.yml", () => {
  it("passes dclint with no error or warning", () => {
    const r = spawnSync(path.join("node_modules", ".bin", "dclint"), ["--max-warnings", "0", "docker-compose.yml"], { encoding: "utf8" });
    expect(r.stdout + r.stderr, "dclint output").not.toMatch(/error|warning/i);
    expect(r.status).toBe(0);
  }, 60_000);

  it("runs PostgreSQL 15, Redis 7 and a one-shot migration the app waits for", () => {
    expect(compose).toMatch(/^\s+image: postgres:15$/m);
    expect(compose).toMatch(/^\s+image: redis:7$/m);
    expect(compose).toMatch(/^  migrate:\n(?:    .*\n|\s*\n)*?    command: \["node", "migrate\.cjs"\]/m);
    expect(compose).toMatch(/^  app:\n(?:    .*\n)*?    depends_on:\n      migrate:\n        condition: service_completed_successfully/m);
    expect(compose).toMatch(/SCHEDULER_ENABLED: "true"/);
  });

  it("tells the app which proxy reports the client IP (production refuses none), and .env.example leaves no none behind", () => {
    expect(compose).toMatch(/^ {6}TRUSTED_PROXY: \$\{TRUSTED_PROXY:-x-real-ip\}$/m);
    // a production .env copied from the example must not carry none into the compose file's default
    const example = readFileSync(".env.example", "utf8");
    expect(example).not.toMatch(/^TRUSTED_PROXY=/m);
    expect(example).toMatch(/^# TRUSTED_PROXY=(vercel|x-real-ip|x-forwarded-for)$/m);
  });
});
