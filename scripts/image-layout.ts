// The production image's runtime layout, read from the Dockerfile's last stage (its `COPY --from=builder`
// lines, the migration runner's esbuild command and the CMD), so that what runs outside Docker — `npm
// start` and the E2E server (in place, in .next/standalone) and tests/standalone/run.ts (in a temporary
// directory) — is laid out by the image's own rules rather than a copy of them.
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

export type ImageSpec = {
  copies: { from: string; to: string }[];
  /** the esbuild arguments that compile migrate.cjs, without --outfile */
  esbuildArgs: string[];
  /** the image's CMD, e.g. ["node", "server.js"] */
  cmd: string[];
};

export function readImageSpec(root = process.cwd()): ImageSpec {
  const dockerfile = readFileSync(path.join(root, "Dockerfile"), "utf8").replace(/\\\n/g, " ");
  const stages = dockerfile.split(/^FROM\s/m);
  const runner = stages[stages.length - 1];
  const copies = [...runner.matchAll(/^COPY\s+--from=builder\s+(?:--\S+\s+)*(\S+)\s+(\S+)\s*$/gm)].map((m) => ({ from: m[1], to: m[2] }));
  const esbuild = /node_modules\/\.bin\/esbuild\s+(.+?)\s+--outfile=\S+/.exec(dockerfile);
  const cmd = /^CMD\s+(\[.*\])\s*$/m.exec(runner);
  if (copies.length === 0 || !esbuild || !cmd) throw new Error("could not read the runtime stage (COPY --from=builder, esbuild, CMD) from the Dockerfile");
  return { copies, esbuildArgs: esbuild[1].split(/\s+/).filter(Boolean), cmd: JSON.parse(cmd[1]) as string[] };
}

/** Where a builder path (/app/.next/static) is in this checkout; the build may use another distDir. */
export const fromBuild = (root: string, distDir: string, p: string) => path.join(root, p.replace(/^\/app\/?/, "").replace(/^\.next(?=\/|$)/, distDir));

/**
 * Copies the image's files into `dir` as its COPY lines do (replacing what an earlier layout left).
 * A source that is `dir` itself — the standalone server, when laying out in place — stays where it is.
 * Returns one line per copy, for the log.
 */
export function layOutImage(spec: ImageSpec, opts: { root: string; distDir: string; dir: string }): string[] {
  const log: string[] = [];
  for (const { from, to } of spec.copies) {
    const src = fromBuild(opts.root, opts.distDir, from);
    if (path.resolve(src) === path.resolve(opts.dir)) continue;
    const dst = path.join(opts.dir, to.replace(/^\.\/?/, "").replace(/^\.next(?=\/|$)/, opts.distDir));
    if (!existsSync(src)) {
      // public/ is created empty by the builder when the app has none
      if (from.endsWith("/public")) continue;
      throw new Error(`COPY source ${from} (${src}) does not exist`);
    }
    if (path.resolve(dst) !== path.resolve(opts.dir)) rmSync(dst, { recursive: true, force: true });
    cpSync(src, dst, { recursive: true, verbatimSymlinks: true });
    log.push(`COPY ${from} → ${to}`);
  }
  return log;
}

/** The standalone server's directory of a build. */
export const standaloneDir = (root: string, distDir: string) => path.join(root, distDir, "standalone");
