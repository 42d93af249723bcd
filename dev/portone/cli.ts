// Dev entry point: `tsx --conditions=react-server dev/portone/cli.ts` runs the local PortOne-compatible
// identity-verification server until SIGINT/SIGTERM.
import { env } from "@/lib/env";
import { startPortOneStub } from "./server";
import { closeOnSignal } from "../close-on-signal";

const stub = await startPortOneStub({
  port: env.PORTONE_STUB_PORT,
  host: env.PORTONE_STUB_HOST,
  apiSecret: env.PORTONE_API_SECRET,
  storeId: env.PORTONE_STORE_ID,
  channelKey: env.PORTONE_IDENTITY_CHANNEL_KEY,
}).catch((err: unknown) => {
  const code = (err as NodeJS.ErrnoException).code;
  console.error(`portone-stub: could not listen on port ${env.PORTONE_STUB_PORT}${code ? ` (${code})` : ""}`);
  process.exit(1);
});

console.log(`portone-stub listening on ${stub.url} (SDK script ${stub.sdkUrl})`);

closeOnSignal(stub);
