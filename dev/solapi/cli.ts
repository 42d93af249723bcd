// Dev entry point: `tsx --conditions=react-server dev/solapi/cli.ts` runs the local Solapi-compatible server until SIGINT/SIGTERM.
import { env } from "@/lib/env";
import { ALL_TEMPLATES } from "@/lib/notifications/templates";
import { startSolapiStub } from "./server";
import { closeOnSignal } from "../close-on-signal";

const stub = await startSolapiStub({
  port: env.SOLAPI_STUB_PORT,
  apiKey: env.SOLAPI_API_KEY,
  apiSecret: env.SOLAPI_API_SECRET,
  pfId: env.KAKAO_CHANNEL_PFID,
  sender: env.SMS_SENDER,
  templates: ALL_TEMPLATES,
}).catch((err: unknown) => {
  const code = (err as NodeJS.ErrnoException).code;
  console.error(`solapi-stub: could not listen on port ${env.SOLAPI_STUB_PORT}${code ? ` (${code})` : ""}`);
  process.exit(1);
});

console.log(`solapi-stub listening on ${stub.url} (받은 메시지: ${stub.url}/)`);

closeOnSignal(stub);
