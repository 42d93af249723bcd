// Copies the app's S3 objects (photos/…, memos/…) to a local folder and back, with the app's own
// storage client (lib/storage: S3_ENDPOINT, S3_BUCKET, S3_* credentials from the environment).
// Used by scripts/backup.sh and scripts/restore.sh; see docs/operations.md.
//   npx tsx --conditions=react-server scripts/s3-sync.ts download <dir>   bucket → <dir>/<key> + <dir>/manifest.json
//   npx tsx --conditions=react-server scripts/s3-sync.ts upload <dir>     <dir>/<key> → bucket (content types from the manifest)
// Objects are streamed, a few at a time; a download that fails part-way exits non-zero.
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { bucket, ensureBucket, headObject, listKeys, s3 } from "@/lib/storage";

/** everything the app stores lives under these prefixes (lib/profiles/photos.ts, the admin memos) */
const PREFIXES = ["photos/", "memos/"];
const CONCURRENCY = 8;

type Entry = { key: string; size: number; contentType: string | null };
type Manifest = { bucket: string; createdAt: string; objects: Entry[] };

function safePath(dir: string, key: string): string {
  const file = path.resolve(dir, key);
  // a key is never allowed to escape the backup folder (…/../../etc)
  if (!file.startsWith(path.resolve(dir) + path.sep)) throw new Error(`refusing object key outside the folder: ${key}`);
  return file;
}

async function pool<T>(items: T[], work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

async function download(dir: string) {
  mkdirSync(dir, { recursive: true });
  const keys = (await Promise.all(PREFIXES.map((p) => listKeys(p)))).flat();
  const objects: Entry[] = [];
  await pool(keys, async (key) => {
    const out = await s3().send(new GetObjectCommand({ Bucket: bucket(), Key: key }));
    const file = safePath(dir, key);
    mkdirSync(path.dirname(file), { recursive: true });
    await pipeline(out.Body as Readable, createWriteStream(file));
    objects.push({ key, size: statSync(file).size, contentType: out.ContentType ?? null });
  });
  objects.sort((a, b) => a.key.localeCompare(b.key));
  const manifest: Manifest = { bucket: bucket(), createdAt: new Date().toISOString(), objects };
  writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  console.log(`s3-sync: ${objects.length} object(s) downloaded from ${bucket()}`);
}

async function upload(dir: string) {
  const manifestFile = path.join(dir, "manifest.json");
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} not found (not a backup made by s3-sync download)`);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
  await ensureBucket();
  let uploaded = 0;
  await pool(manifest.objects, async ({ key, size, contentType }) => {
    const file = safePath(dir, key);
    if (statSync(file).size !== size) throw new Error(`size mismatch for ${key}: the backup is damaged`);
    await s3().send(new PutObjectCommand({ Bucket: bucket(), Key: key, Body: createReadStream(file), ContentLength: size, ContentType: contentType ?? undefined }));
    uploaded++;
  });
  // spot-check: what was written can be read back
  const first = manifest.objects[0];
  if (first && (await headObject(first.key))?.contentLength !== first.size) throw new Error(`verification failed for ${first.key}`);
  console.log(`s3-sync: ${uploaded} object(s) uploaded to ${bucket()}`);
}

const [command, dir] = process.argv.slice(2);
if (!dir || (command !== "download" && command !== "upload")) {
  console.error("usage: npx tsx --conditions=react-server scripts/s3-sync.ts download|upload <dir>");
  process.exit(2);
}
try {
  await (command === "download" ? download(dir) : upload(dir));
} catch (err) {
  console.error(`s3-sync: ${command} failed: ${(err as Error).message}`);
  process.exit(1);
}
