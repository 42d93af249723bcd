// Playwright E2E in Debian Chromium (browsers cannot be downloaded here) against the production
// build, started with the local Kakao/Toss/S3 stand-ins on a fresh database by scripts/stack.ts.
// E2E always uses the local Toss server (checkout page + control API at http://127.0.0.1:TOSS_STUB_PORT).
import { readdirSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./tests/e2e/chromium-path";

// Specs make their own members and pass in any order: E2E_ORDER=reverse runs the files last to
// first (each file a project depending on the one before, which is how Playwright orders projects).
const reversed = process.env.E2E_ORDER === "reverse" ? readdirSync("tests/e2e").filter((f) => f.endsWith(".spec.ts")).sort().reverse() : null;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: "http://localhost:3000",
    locale: "ko-KR",
    timezoneId: "Asia/Seoul",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  ...(reversed ? { projects: reversed.map((file, i) => ({ name: file, testMatch: `**/${file}`, dependencies: i ? [reversed[i - 1]] : [] })) } : {}),
  webServer: {
    command: "npx tsx --conditions=react-server scripts/stack.ts e2e",
    env: { TOSS_STUB_PORT: process.env.TOSS_STUB_PORT ?? "4200" },
    url: "http://localhost:3000/api/healthz",
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
