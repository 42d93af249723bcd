// After `next build` (part of `npm run build`): lays the image's other files — static assets, public/,
// migrations — into the standalone server's directory by the Dockerfile's own COPY lines
// (scripts/image-layout.ts), so `npm start` (`node .next/standalone/server.js`) serves what the image serves.
import { layOutImage, readImageSpec, standaloneDir } from "./image-layout";

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || ".next";
for (const line of layOutImage(readImageSpec(root), { root, distDir, dir: standaloneDir(root, distDir) })) console.log(`[standalone] ${line}`);
