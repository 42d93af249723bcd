// The one S3 client, built from env: AWS S3 by default; S3_ENDPOINT selects an S3-compatible
// server (R2, MinIO, the local stub in dev/s3) and implies path-style addressing.
import { S3Client } from "@aws-sdk/client-s3";
import { env } from "@/lib/env";
import { AppError } from "@/lib/core/errors";

const globalForS3 = globalThis as unknown as { __inyeonS3?: S3Client };

function createClient(): S3Client {
  return new S3Client({
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE || Boolean(env.S3_ENDPOINT),
    credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY },
    // The SDK's default flexible checksums would put a CRC32 of an EMPTY body into pre-signed PUT
    // URLs (every browser upload then fails) and are not spoken by every S3-compatible server.
    // Operations that require a checksum (DeleteObjects) still get one.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

/** Created on first use, not at import (`next build` imports route modules). */
export function s3(): S3Client {
  globalForS3.__inyeonS3 ??= createClient();
  return globalForS3.__inyeonS3;
}

export function bucket(): string {
  return env.S3_BUCKET;
}

type SdkError = { name?: string; $metadata?: { httpStatusCode?: number } };

export function httpStatusOf(err: unknown): number | undefined {
  return (err as SdkError | null)?.$metadata?.httpStatusCode;
}

export function isMissing(err: unknown): boolean {
  const name = (err as SdkError | null)?.name;
  return httpStatusOf(err) === 404 || name === "NotFound" || name === "NoSuchKey" || name === "NoSuchBucket";
}

/**
 * Runs one S3 call. A storage server that cannot be reached (no HTTP status at all) becomes a 503
 * with a Korean message instead of an opaque 500; S3 error responses are rethrown for the caller.
 */
export async function storageCall<T>(op: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AppError || httpStatusOf(err) !== undefined) throw err;
    throw new AppError("UNAVAILABLE", "파일 저장소에 연결하지 못했어요. 잠시 후 다시 시도해 주세요.", {
      cause: new Error(`storage ${op} failed`, { cause: err }),
    });
  }
}
