// Local SMTP inbox (smtp-server) for `npm run dev`, Vitest and Playwright: accepts every mail on its
// SMTP port (no TLS, any or no login) and shows them on a small Korean page on its HTTP port.
// Not SMTP (tests and dev only): GET /__control/messages, POST /__control/reset.
// A recipient ending in "@bounce.test" is refused with 550 (a permanent failure to test with).
import { createServer as createHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { renderInboxPage } from "../inbox-page";
import { parseMail } from "./mime";

export type StubMail = { id: string; from: string; to: string[]; subject: string; text: string; html: string; messageId: string; receivedAt: string };
export type SmtpStub = { smtpUrl: string; url: string; readonly mails: StubMail[]; reset(): void; close(): Promise<void> };

const MAX_SIZE = 1024 * 1024;

export async function startSmtpStub({ port = 0, webPort = 0, host = "127.0.0.1" }: { port?: number; webPort?: number; host?: string } = {}): Promise<SmtpStub> {
  const mails: StubMail[] = [];
  let seq = 0;
  const smtp = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    size: MAX_SIZE,
    logger: false,
    onAuth: (_auth, _session, cb) => cb(null, { user: "dev" }),
    onRcptTo: (address, _session, cb) => (address.address.endsWith("@bounce.test") ? cb(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 })) : cb()),
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const m = parseMail(Buffer.concat(chunks).toString("utf8"));
        mails.push({
          id: String(++seq),
          from: m.from,
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: m.subject,
          text: m.text,
          html: m.html,
          messageId: m.headers.get("message-id") ?? "",
          receivedAt: new Date().toISOString(),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once("error", reject);
    smtp.listen(port, host, () => resolve());
  });
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const web = createHttpServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (req.method === "GET" && path === "/healthz") return void res.writeHead(200).end("ok");
    if (req.method === "GET" && path === "/__control/messages") return void res.writeHead(200, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify({ mails }));
    if (req.method === "POST" && path === "/__control/reset") {
      mails.length = 0;
      return void res.writeHead(200, { "Content-Type": "application/json" }).end('{"ok":true}');
    }
    if (req.method === "GET" && path === "/") {
      return void res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }).end(
        renderInboxPage({
          title: "로컬 메일함: 받은 이메일",
          intro: `개발용 SMTP 서버(포트 ${smtpPort})예요. 앱이 보낸 이메일이 여기에 보여요. @bounce.test 주소는 수신을 거절해요.`,
          items: [...mails].reverse().map((m) => ({ heading: m.subject || "(제목 없음)", meta: `${formatSeoulDateTime(m.receivedAt)} KST · 받는 사람 ${m.to.join(", ")}`, body: m.text })),
        }),
      );
    }
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("없는 경로예요.");
  });
  await new Promise<void>((resolve, reject) => {
    web.once("error", reject);
    web.listen(webPort, host, () => resolve(void web.off("error", reject)));
  });
  const webAddr = web.address() as AddressInfo;

  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    url: `http://${host}:${webAddr.port}`,
    get mails() {
      return mails;
    },
    reset() {
      mails.length = 0;
    },
    close: async () => {
      await new Promise<void>((r) => smtp.close(() => r()));
      await new Promise<void>((r) => {
        web.close(() => r());
        web.closeAllConnections();
      });
    },
  };
}
