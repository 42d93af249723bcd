// Pre-signed URLs: the browser uploads photos straight to S3 (PUT) and displays them (GET)
// without the bytes ever passing through the app server.
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { bucket, s3 } from "./client";

/** An upload URL is good for 5 minutes: long enough for a slow mobile upload, short if it leaks. */
export const UPLOAD_URL_TTL_SECONDS = 5 * 60;
/** Display URLs are re-signed only every 30 minutes and stay valid 30–90 minutes after issue. */
const GET_WINDOW_SECONDS = 30 * 60;
const GET_TTL_SECONDS = 90 * 60;

export type PresignedUpload = {
  url: string;
  /** headers the client must send with the PUT, exactly as given */
  headers: Record<string, string>;
  expiresAt: Date;
};

/**
 * A PUT URL for exactly one object: Content-Type and Content-Length are part of the signature, so
 * the holder cannot store another type or a bigger file under the key (S3 answers 403
 * SignatureDoesNotMatch). Content-Length is not returned in `headers`: browsers and HTTP clients
 * set it from the body (fetch refuses to let scripts set it), so the body must be exactly
 * `contentLength` bytes.
 */
export async function presignPhotoUpload(input: { key: string; contentType: string; contentLength: number }): Promise<PresignedUpload> {
  const signingDate = new Date();
  const command = new PutObjectCommand({
    Bucket: bucket(),
    Key: input.key,
    ContentType: input.contentType,
    ContentLength: input.contentLength,
  });
  const url = await getSignedUrl(s3(), command, {
    expiresIn: UPLOAD_URL_TTL_SECONDS,
    signingDate,
    signableHeaders: new Set(["content-type", "content-length"]),
  });
  return {
    url,
    headers: { "Content-Type": input.contentType },
    expiresAt: new Date(signingDate.getTime() + UPLOAD_URL_TTL_SECONDS * 1000),
  };
}

/**
 * A display (GET) URL. The signing time is rounded down to a 30-minute window so the same key
 * yields the same URL across page loads (the browser cache keeps working); it is always valid for
 * at least an hour after this call.
 */
export async function presignGet(key: string, now = new Date()): Promise<string> {
  const windowMs = GET_WINDOW_SECONDS * 1000;
  const signingDate = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const command = new GetObjectCommand({
    Bucket: bucket(),
    Key: key,
    ResponseCacheControl: `private, max-age=${GET_WINDOW_SECONDS}`,
  });
  return getSignedUrl(s3(), command, { expiresIn: GET_TTL_SECONDS, signingDate });
}

/**
 * A short-lived GET for a private object (verification documents, docs/documents.md): signed now,
 * valid `ttlSeconds`, never cached by the browser, with the content type the server sniffed.
 */
export async function presignPrivateGet(key: string, opts: { ttlSeconds: number; contentType: string }): Promise<{ url: string; expiresAt: Date }> {
  const signingDate = new Date();
  const command = new GetObjectCommand({
    Bucket: bucket(),
    Key: key,
    ResponseCacheControl: "no-store",
    ResponseContentType: opts.contentType,
    ResponseContentDisposition: "inline",
  });
  const url = await getSignedUrl(s3(), command, { expiresIn: opts.ttlSeconds, signingDate });
  return { url, expiresAt: new Date(signingDate.getTime() + opts.ttlSeconds * 1000) };
}
