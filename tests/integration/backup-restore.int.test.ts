// scripts/backup.sh and scripts/restore.sh for real: pg_dump of this file's database plus the S3
// objects, restored into a FRESH database and a fresh bucket, where the same members, rows and
// object bytes are found. Needs PostgreSQL (pg_dump/pg_restore 15 on PATH), as on CI.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createStubBucket, S3_STUB_CREDENTIALS } from "@/dev/s3/server";
import { prisma } from "@/lib/db";
import { createMember } from "../helpers/factories";
import { databaseUrl } from "../setup/global-db";

const run = promisify(execFile);
const adminUrl = inject("pgAdminUrl");
const s3Url = inject("s3Url");
const work = mkdtempSync(path.join(tmpdir(), "inyeon-backup-"));
const freshDb = `inyeon_restore_${randomBytes(5).toString("hex")}`;
const freshBucket = `inyeon-restore-${randomBytes(5).toString("hex")}`;
const client = new S3Client({ endpoint: s3Url, region: "us-east-1", forcePathStyle: true, credentials: S3_STUB_CREDENTIALS });

async function script(name: string, args: string[], env: Record<string, string>) {
  return run("bash", [path.join("scripts", name), ...args], { env: { ...process.env, ...env }, timeout: 120_000 });
}

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  if (!adminUrl) return;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${freshDb} WITH (FORCE)`);
  await admin.end();
});

async function membersOf(db: pg.Client) {
  const { rows } = await db.query(`SELECT u.id::text, u."kakaoId", u.status::text, u."realNameEnc", u."phoneHash", p.nickname,
                                          ARRAY(SELECT ph."publicKey" FROM "Photo" ph WHERE ph."userId" = u.id AND ph.status = 'APPROVED' ORDER BY ph.position) AS photos
                                     FROM "User" u LEFT JOIN "Profile" p ON p."userId" = u.id ORDER BY u.id`);
  return rows;
}

describe.skipIf(!adminUrl)("backup and restore (PostgreSQL)", () => {
  it("restores the dump into a fresh database and the objects into a fresh bucket: same members, same bytes", async () => {
    const sourceUrl = process.env.DATABASE_URL!;
    const bucket = process.env.S3_BUCKET!;
    const a = await createMember({ gender: "M", approvedPhoto: false });
    const b = await createMember({ gender: "F", approvedPhoto: false });
    const photoKey = `photos/${a.id}/public/${randomBytes(4).toString("hex")}.jpg`;
    const photo = randomBytes(4096);
    await prisma.user.update({ where: { id: a.id }, data: { realNameEnc: "k1:iv:tag:ciphertext", phoneHash: "hash-a" } });
    await prisma.photo.create({ data: { userId: a.id, key: `photos/${a.id}/${randomBytes(4).toString("hex")}.jpg`, publicKey: photoKey, position: 0, status: "APPROVED" } });
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: photoKey, Body: photo, ContentType: "image/jpeg" }));
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: `memos/${b.id}.json`, Body: JSON.stringify({ memo: "상담 메모" }), ContentType: "application/json" }));
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: "unrelated/tmp.txt", Body: "not the app's" }));

    const dest = path.join(work, "backup");
    const backup = await script("backup.sh", [dest], { DATABASE_URL: sourceUrl });
    expect(backup.stdout).toContain("backup: done");
    const manifest = JSON.parse(readFileSync(path.join(dest, "objects", "manifest.json"), "utf8"));
    expect(manifest.objects.map((o: { key: string }) => o.key).sort()).toEqual([`memos/${b.id}.json`, photoKey].sort());

    const source = new pg.Client({ connectionString: sourceUrl });
    await source.connect();
    const expected = await membersOf(source);
    const migrations = (await source.query(`SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY 1`)).rows;
    await source.end();

    const admin = new pg.Client({ connectionString: adminUrl! });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${freshDb}`);
    await admin.end();
    await createStubBucket(s3Url, freshBucket);
    const target = databaseUrl(adminUrl!, freshDb);

    const restore = await script("restore.sh", [dest], { DATABASE_URL: target, S3_BUCKET: freshBucket });
    expect(restore.stdout).toContain("restore: done");

    const restored = new pg.Client({ connectionString: target });
    await restored.connect();
    try {
      const members = await membersOf(restored);
      expect(members).toEqual(expected);
      expect(members.map((m) => m.id)).toEqual(expect.arrayContaining([a.id, b.id]));
      expect(members.find((m) => m.id === a.id)).toMatchObject({ realNameEnc: "k1:iv:tag:ciphertext", phoneHash: "hash-a", photos: [photoKey] });
      expect((await restored.query(`SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY 1`)).rows).toEqual(migrations);
    } finally {
      await restored.end();
    }
    const got = await client.send(new GetObjectCommand({ Bucket: freshBucket, Key: photoKey }));
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(photo)).toBe(true);
    expect(got.ContentType).toBe("image/jpeg");
    const memo = await client.send(new GetObjectCommand({ Bucket: freshBucket, Key: `memos/${b.id}.json` }));
    expect(JSON.parse(await memo.Body!.transformToString())).toEqual({ memo: "상담 메모" });

    // restoring over a database that has tables is refused, and changes nothing
    const refused = await script("restore.sh", [dest], { DATABASE_URL: target, S3_BUCKET: freshBucket }).then(
      () => null,
      (err: { code: number; stderr: string }) => err,
    );
    expect(refused?.code).toBe(3);
    expect(refused?.stderr).toContain("not empty");
  }, 300_000);

  it("a damaged backup is detected by its checksums before anything is restored", async () => {
    const dest = path.join(work, "backup");
    const damaged = path.join(work, "damaged");
    rmSync(damaged, { recursive: true, force: true });
    await run("cp", ["-r", dest, damaged]);
    const dump = path.join(damaged, "database.dump");
    const bytes = readFileSync(dump);
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(dump, bytes);
    // a database that does not exist: had the check passed, the restore would fail later, not quietly
    const err = await script("restore.sh", [damaged], { DATABASE_URL: databaseUrl(adminUrl!, "inyeon_never_created") }).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(err).not.toBeNull();
    expect(err!.stderr).toMatch(/did NOT match/);
    expect(err!.stderr).not.toMatch(/does not exist/);
  }, 60_000);
});
