// vercel.json as generated from the job registry: one Vercel Cron entry per job, calling
// GET /api/cron/{job} on the job's schedule (UTC, as Vercel evaluates it). Written by
// scripts/write-vercel-json.ts; tests/unit/jobs-registry.test.ts fails when the file drifts.
import { JOBS } from "./registry";

export type VercelCron = { path: string; schedule: string };

export function vercelCrons(): VercelCron[] {
  return JOBS.map((job) => ({ path: `/api/cron/${job.name}`, schedule: job.schedule }));
}

export function vercelConfig() {
  return {
    $schema: "https://openapi.vercel.sh/vercel.json",
    framework: "nextjs",
    crons: vercelCrons(),
  };
}

/** the file's text: stable formatting, one cron per line, so diffs stay readable */
export function vercelJsonText(): string {
  const { crons, ...rest } = vercelConfig();
  const head = JSON.stringify(rest, null, 2).slice(0, -2);
  const lines = crons.map((c) => `    ${JSON.stringify(c).replace(/":/g, '": ').replace(/,"/g, ', "')}`);
  return `${head},\n  "crons": [\n${lines.join(",\n")}\n  ]\n}\n`;
}
