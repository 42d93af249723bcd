// Dev entry point: `tsx --conditions=react-server dev/kakao/cli.ts` runs the local Kakao-compatible server until SIGINT/SIGTERM.
import { env } from "@/lib/env";
import { startKakaoStub } from "./server";
import { closeOnSignal } from "../close-on-signal";

const stub = await startKakaoStub({
  port: env.KAKAO_STUB_PORT,
  host: env.KAKAO_STUB_HOST,
  clientId: env.KAKAO_CLIENT_ID,
  clientSecret: env.KAKAO_CLIENT_SECRET,
  adminKey: env.KAKAO_ADMIN_KEY,
}).catch((err: unknown) => {
  const code = (err as NodeJS.ErrnoException).code;
  console.error(`kakao-stub: could not listen on port ${env.KAKAO_STUB_PORT}${code ? ` (${code})` : ""}`);
  process.exit(1);
});

console.log(`kakao-stub listening on ${stub.url}`);

closeOnSignal(stub);
