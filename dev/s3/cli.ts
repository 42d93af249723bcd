// Dev entry point: `tsx --conditions=react-server dev/s3/cli.ts` runs the local S3-compatible server until SIGINT/SIGTERM.
// Objects live under STORAGE_DIR (default ./data/s3); the bucket S3_BUCKET is created with a CORS
// rule for the app's origin, so the browser can upload to pre-signed URLs.
import { env } from "@/lib/env";
import { startS3Stub } from "./server";
import { closeOnSignal } from "../close-on-signal";

const origins = new Set([new URL(env.APP_URL).origin, ...env.CORS_ORIGINS]);
const bucket = env.S3_BUCKET;
const directory = env.STORAGE_DIR;

const stub = await startS3Stub({
  port: env.S3_STUB_PORT,
  host: env.S3_STUB_HOST,
  directory,
  bucket,
  allowedOrigins: [...origins],
  silent: !env.S3_STUB_VERBOSE,
}).catch((err: unknown) => {
  const code = (err as NodeJS.ErrnoException).code;
  console.error(`s3-stub: could not listen on port ${env.S3_STUB_PORT}${code ? ` (${code})` : ""}`);
  process.exit(1);
});

console.log(`s3-stub listening on ${stub.url} (bucket "${bucket}", directory ${directory}, CORS ${[...origins].join(", ")})`);

closeOnSignal(stub);
