// Dev entry point: `tsx --conditions=react-server dev/toss/cli.ts` runs the local Toss Payments-compatible server until SIGINT/SIGTERM.
import { env } from "@/lib/env";
import { startTossStub } from "./server";
import { closeOnSignal } from "../close-on-signal";

const stub = await startTossStub({
  port: env.TOSS_STUB_PORT,
  host: env.TOSS_STUB_HOST,
  secretKey: env.TOSS_SECRET_KEY,
  clientKey: env.TOSS_CLIENT_KEY,
}).catch((err: unknown) => {
  const code = (err as NodeJS.ErrnoException).code;
  console.error(`toss-stub: could not listen on port ${env.TOSS_STUB_PORT}${code ? ` (${code})` : ""}`);
  process.exit(1);
});

console.log(`toss-stub listening on ${stub.url} (SDK script ${stub.sdkUrl}, control API ${stub.url}/__control/state)`);

closeOnSignal(stub);
