// Dev entry point: `tsx dev/kakao/cli.ts` runs the local Kakao-compatible server until SIGINT/SIGTERM.
import { startKakaoStub } from "./server";
import { closeOnSignal } from "../close-on-signal";

const rawPort = process.env.KAKAO_STUB_PORT ?? "4100";
const port = Number(rawPort);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`kakao-stub: invalid KAKAO_STUB_PORT "${rawPort}"`);
  process.exit(1);
}

const stub = await startKakaoStub({
  port,
  host: process.env.KAKAO_STUB_HOST || "127.0.0.1",
  clientId: process.env.KAKAO_CLIENT_ID || "dev-kakao-client-id",
  clientSecret: process.env.KAKAO_CLIENT_SECRET || "dev-kakao-client-secret",
  adminKey: process.env.KAKAO_ADMIN_KEY || undefined,
}).catch((err: unknown) => {
  const code = (err as NodeJS.ErrnoException).code;
  console.error(`kakao-stub: could not listen on port ${port}${code ? ` (${code})` : ""}`);
  process.exit(1);
});

console.log(`kakao-stub listening on ${stub.url}`);

closeOnSignal(stub);
