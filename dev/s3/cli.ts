// Dev entry point: `tsx dev/s3/cli.ts` runs the local S3-compatible server until SIGINT/SIGTERM.
// Objects live under STORAGE_DIR (default ./data/s3); the bucket S3_BUCKET is created with a CORS
// rule for the app's origin, so the browser can upload to pre-signed URLs.
import { startS3Stub } from "./server";
import { closeOnSignal } from "../close-on-signal";

const rawPort = process.env.S3_STUB_PORT ?? "4300";
const port = Number(rawPort);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`s3-stub: invalid S3_STUB_PORT "${rawPort}"`);
  process.exit(1);
}

const appUrl = process.env.APP_URL || `http://localhost:${process.env.PORT || "3000"}`;
const origins = new Set([new URL(appUrl).origin, ...(process.env.CORS_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean)]);
const bucket = process.env.S3_BUCKET || "inyeon-dev";
const directory = process.env.STORAGE_DIR || "./data/s3";

const stub = await startS3Stub({
  port,
  host: process.env.S3_STUB_HOST || "127.0.0.1",
  directory,
  bucket,
  allowedOrigins: [...origins],
  silent: process.env.S3_STUB_VERBOSE !== "1",
}).catch((err: unknown) => {
  const code = (err as NodeJS.ErrnoException).code;
  console.error(`s3-stub: could not listen on port ${port}${code ? ` (${code})` : ""}`);
  process.exit(1);
});

console.log(`s3-stub listening on ${stub.url} (bucket "${bucket}", directory ${directory}, CORS ${[...origins].join(", ")})`);

closeOnSignal(stub);
