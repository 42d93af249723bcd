// npx tsx --conditions=react-server scripts/write-vercel-json.ts — regenerates vercel.json's crons from lib/jobs/registry.ts.
import { writeFileSync } from "node:fs";
import { vercelJsonText } from "@/lib/jobs/vercel-config";

writeFileSync("vercel.json", vercelJsonText());
console.log("vercel.json written");
