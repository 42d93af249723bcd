// Integration global setup: ONE local S3-compatible server (dev/s3: s3rver + V4 signature checks)
// on a random loopback port for the whole run, storing into a temp directory. Each test file
// gets its own bucket on it (see isolated-db.ts).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startS3Stub } from "@/dev/s3/server";

declare module "vitest" {
  export interface ProvidedContext {
    s3Url: string;
  }
}

export default async function setup(project: TestProject) {
  const directory = await mkdtemp(path.join(tmpdir(), "inyeon-s3-"));
  const stub = await startS3Stub({ port: 0, directory, allowedOrigins: ["http://localhost:3000"] });
  project.provide("s3Url", stub.url);
  return async () => {
    await stub.close();
    await rm(directory, { recursive: true, force: true });
  };
}
