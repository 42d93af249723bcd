// Local S3-compatible server for `npm run dev`, Vitest and Playwright: s3rver (real S3 protocol,
// objects on disk) plus what it lacks and the app relies on — V4 signature checks (see sigv4.ts)
// and a bucket CORS rule so the browser can PUT pre-signed uploads straight to it.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { CreateBucketCommand, PutBucketCorsCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver, { type S3rverContext } from "s3rver";
import { verifySigV4 } from "./sigv4";

/** s3rver's built-in account; use these as S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY. */
export const S3_STUB_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } as const;

export type S3StubOptions = {
  port?: number; // 0 (default) = random free port
  host?: string; // default 127.0.0.1
  directory: string; // where buckets and objects are stored
  bucket?: string | string[]; // created (with the CORS rule) at start
  allowedOrigins?: string[]; // browser origins allowed to PUT/GET (CORS)
  silent?: boolean; // s3rver's per-request log; default true
};
export type S3Stub = { url: string; close(): Promise<void> };

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The bucket CORS configuration (S3's XML) allowing browser uploads and display from `origins`. */
export function corsXml(origins: string[]): string {
  const rule = (origin: string) =>
    `<CORSRule><AllowedOrigin>${escapeXml(origin)}</AllowedOrigin>` +
    `<AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedMethod>HEAD</AllowedMethod>` +
    `<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule>`;
  return `<CORSConfiguration>${origins.map(rule).join("")}</CORSConfiguration>`;
}

function signatureMiddleware(allowedOrigins: string[]) {
  const secrets = new Map<string, string>([[S3_STUB_CREDENTIALS.accessKeyId, S3_STUB_CREDENTIALS.secretAccessKey]]);
  return async (ctx: S3rverContext, next: () => Promise<void>) => {
    // CORS preflights carry no signature of their own; s3rver answers them from the CORS rule.
    if (ctx.method === "OPTIONS") return next();
    const result = verifySigV4({ method: ctx.method, url: ctx.req.url ?? "/", headers: ctx.req.headers }, (id) => secrets.get(id));
    if (result.ok) return next();
    const origin = ctx.get("origin");
    if (origin && allowedOrigins.includes(origin)) {
      // lets the browser read the 403 instead of reporting a bare network error
      ctx.set("Access-Control-Allow-Origin", origin);
      ctx.set("Vary", "Origin");
    }
    ctx.status = 403;
    ctx.type = "application/xml";
    ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${result.code}</Code><Message>${escapeXml(result.message)}</Message></Error>`;
  };
}

export async function startS3Stub(opts: S3StubOptions): Promise<S3Stub> {
  const host = opts.host ?? "127.0.0.1";
  const directory = path.resolve(opts.directory);
  const allowedOrigins = opts.allowedOrigins ?? [];
  const buckets = opts.bucket === undefined ? [] : Array.isArray(opts.bucket) ? opts.bucket : [opts.bucket];
  await mkdir(directory, { recursive: true });

  const server = new S3rver({
    address: host,
    port: opts.port ?? 0,
    silent: opts.silent ?? true,
    directory,
    // path-style only: the app sets forcePathStyle with a custom endpoint
    vhostBuckets: false,
    configureBuckets: buckets.map((name) => ({ name, configs: allowedOrigins.length ? [corsXml(allowedOrigins)] : [] })),
  });
  server.middleware.unshift(signatureMiddleware(allowedOrigins));

  const address = await server.run();
  const urlHost = host.includes(":") ? `[${host}]` : host;
  const http = server.httpServer;
  return {
    url: `http://${urlHost}:${address.port}`,
    async close() {
      http?.closeAllConnections();
      await server.close();
    },
  };
}

/** Creates a bucket on a running stub (tests: one bucket per file), optionally with the CORS rule. */
export async function createStubBucket(url: string, name: string, allowedOrigins: string[] = []): Promise<void> {
  const client = new S3Client({ endpoint: url, region: "us-east-1", forcePathStyle: true, credentials: S3_STUB_CREDENTIALS });
  try {
    await client.send(new CreateBucketCommand({ Bucket: name }));
    if (allowedOrigins.length > 0) {
      await client.send(
        new PutBucketCorsCommand({
          Bucket: name,
          CORSConfiguration: {
            CORSRules: [{ AllowedOrigins: allowedOrigins, AllowedMethods: ["PUT", "GET", "HEAD"], AllowedHeaders: ["*"], ExposeHeaders: ["ETag"], MaxAgeSeconds: 3000 }],
          },
        }),
      );
    }
  } finally {
    client.destroy();
  }
}
