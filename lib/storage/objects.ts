// Object operations the app needs: existence checks, batch deletes, JSON documents (admin memos)
// and bucket provisioning.
import {
  CreateBucketCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from "@aws-sdk/client-s3";
import { AppError } from "@/lib/core/errors";
import { bucket, httpStatusOf, isMissing, s3, storageCall } from "./client";

export type ObjectInfo = { contentType: string | null; contentLength: number; etag: string | null; lastModified: Date | null };

/** Metadata of an object, or null when it does not exist. */
export async function headObject(key: string): Promise<ObjectInfo | null> {
  try {
    const out = await storageCall("head", () => s3().send(new HeadObjectCommand({ Bucket: bucket(), Key: key })));
    return {
      contentType: out.ContentType ?? null,
      contentLength: out.ContentLength ?? 0,
      etag: out.ETag ?? null,
      lastModified: out.LastModified ?? null,
    };
  } catch (err) {
    if (isMissing(err)) return null;
    throw err;
  }
}

/** All keys under a prefix (paginated), e.g. every upload of one member including unattached ones. */
export async function listKeys(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const out = await storageCall("list", () =>
      s3().send(new ListObjectsV2Command({ Bucket: bucket(), Prefix: prefix, ContinuationToken: token })),
    );
    for (const o of out.Contents ?? []) if (o.Key) keys.push(o.Key);
    token = out.IsTruncated ? out.NextContinuationToken : undefined;
  } while (token);
  return keys;
}

/** Like listKeys, with each object's last-modified time (orphan sweeps keep what was just uploaded). */
export async function listObjects(prefix: string): Promise<{ key: string; lastModified: Date | null }[]> {
  const objects: { key: string; lastModified: Date | null }[] = [];
  let token: string | undefined;
  do {
    const out = await storageCall("list", () =>
      s3().send(new ListObjectsV2Command({ Bucket: bucket(), Prefix: prefix, ContinuationToken: token })),
    );
    for (const o of out.Contents ?? []) if (o.Key) objects.push({ key: o.Key, lastModified: o.LastModified ?? null });
    token = out.IsTruncated ? out.NextContinuationToken : undefined;
  } while (token);
  return objects;
}

const DELETE_BATCH = 1000; // S3's limit per DeleteObjects request

/** Deletes the keys in batches. Keys that do not exist are not an error (S3 reports them deleted). */
export async function deleteObjects(keys: readonly string[]): Promise<void> {
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += DELETE_BATCH) {
    const batch = unique.slice(i, i + DELETE_BATCH);
    const out = await storageCall("delete", () =>
      s3().send(new DeleteObjectsCommand({ Bucket: bucket(), Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } })),
    );
    const failed = (out.Errors ?? []).filter((e) => e.Code !== "NoSuchKey");
    if (failed.length > 0) throw new Error(`storage delete failed for ${failed.length} object(s): ${failed[0]?.Code ?? "unknown"}`);
  }
}

/** The bytes of an object, or null when it does not exist; refuses objects above `maxBytes`. */
export async function getBytes(key: string, maxBytes: number): Promise<Uint8Array | null> {
  try {
    const out = await storageCall("get", () => s3().send(new GetObjectCommand({ Bucket: bucket(), Key: key })));
    if ((out.ContentLength ?? 0) > maxBytes) {
      await out.Body?.transformToByteArray().catch(() => undefined);
      throw new AppError("VALIDATION_FAILED", "파일이 너무 커요.");
    }
    return (await out.Body?.transformToByteArray()) ?? new Uint8Array();
  } catch (err) {
    if (isMissing(err)) return null;
    throw err;
  }
}

/** Writes bytes under `key` (re-encoded photos, seeded demo photos). */
export async function putBytes(key: string, body: Uint8Array, contentType: string, cacheControl = "private, max-age=31536000, immutable"): Promise<void> {
  await storageCall("put", () => s3().send(new PutObjectCommand({ Bucket: bucket(), Key: key, Body: body, ContentType: contentType, CacheControl: cacheControl })));
}

export type StoredJson<T> = { value: T; etag: string | null; lastModified: Date | null };

/**
 * Writes a JSON document. `ifMatch` (an ETag from getJson) makes the write conditional: when the
 * object changed in between, real S3 answers 412 and this throws a 409 CONFLICT. `ifNoneMatch`
 * writes only if no object exists yet. (The local s3rver stub ignores both conditions.)
 */
export async function putJson(
  key: string,
  value: unknown,
  opts: { ifMatch?: string; ifNoneMatch?: boolean; cacheControl?: string } = {},
): Promise<{ etag: string | null }> {
  try {
    const out = await storageCall("put", () =>
      s3().send(
        new PutObjectCommand({
          Bucket: bucket(),
          Key: key,
          Body: JSON.stringify(value),
          ContentType: "application/json; charset=utf-8",
          CacheControl: opts.cacheControl ?? "no-store",
          IfMatch: opts.ifMatch,
          IfNoneMatch: opts.ifNoneMatch ? "*" : undefined,
        }),
      ),
    );
    return { etag: out.ETag ?? null };
  } catch (err) {
    const status = httpStatusOf(err);
    if (status === 412 || status === 409) {
      throw new AppError("CONFLICT", "다른 화면에서 먼저 바뀌었어요. 새로고침한 뒤 다시 시도해 주세요.", { cause: err });
    }
    throw err;
  }
}

/** Reads a JSON document, or null when it does not exist. The value is unvalidated: parse it with zod. */
export async function getJson<T = unknown>(key: string): Promise<StoredJson<T> | null> {
  try {
    const out = await storageCall("get", () => s3().send(new GetObjectCommand({ Bucket: bucket(), Key: key })));
    const text = (await out.Body?.transformToString("utf-8")) ?? "";
    return { value: JSON.parse(text) as T, etag: out.ETag ?? null, lastModified: out.LastModified ?? null };
  } catch (err) {
    if (isMissing(err)) return null;
    throw err;
  }
}

/** Creates the configured bucket when it does not exist yet (dev, tests, first deploy). Idempotent. */
export async function ensureBucket(name = bucket()): Promise<void> {
  try {
    await storageCall("head-bucket", () => s3().send(new HeadBucketCommand({ Bucket: name })));
    return;
  } catch (err) {
    if (!isMissing(err)) throw err;
  }
  try {
    await storageCall("create-bucket", () => s3().send(new CreateBucketCommand({ Bucket: name })));
  } catch (err) {
    const code = (err as { name?: string }).name;
    // a concurrent caller created it first
    if (code !== "BucketAlreadyOwnedByYou" && code !== "BucketAlreadyExists") throw err;
  }
}

/** Deletes every object under `prefix` (a member's photos or documents on erasure); returns how many. */
export async function deletePrefix(prefix: string): Promise<number> {
  const keys = await listKeys(prefix);
  await deleteObjects(keys);
  return keys.length;
}
