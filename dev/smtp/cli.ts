// Dev entry point: `tsx --conditions=react-server dev/smtp/cli.ts` runs the local SMTP inbox until SIGINT/SIGTERM.
import { env } from "@/lib/env";
import { startSmtpStub } from "./server";
import { closeOnSignal } from "../close-on-signal";

const stub = await startSmtpStub({ port: env.SMTP_STUB_PORT, webPort: env.SMTP_STUB_WEB_PORT }).catch((err: unknown) => {
  const code = (err as NodeJS.ErrnoException).code;
  console.error(`smtp-stub: could not listen on ports ${env.SMTP_STUB_PORT}/${env.SMTP_STUB_WEB_PORT}${code ? ` (${code})` : ""}`);
  process.exit(1);
});

console.log(`smtp-stub: SMTP ${stub.smtpUrl}, 받은 메일 ${stub.url}/`);

closeOnSignal(stub);
