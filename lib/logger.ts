// JSON logs with pino. Redacts credentials and PII wherever they might appear in a log object; the
// request id of the request being served is added to every line.
import pino from "pino";
import { env } from "@/lib/env";
import { currentRequestContext } from "@/lib/observability/request-context";

export const logger = pino({
  level: env.APP_ENV === "test" && env.LOG_LEVEL === "info" ? "silent" : env.LOG_LEVEL,
  base: { service: "inyeon" },
  // every line logged while a request runs carries its id (the adapter sets it: lib/http/route.ts)
  mixin() {
    const ctx = currentRequestContext();
    return ctx ? { requestId: ctx.requestId } : {};
  },
  redact: {
    paths: [
      "authorization",
      "cookie",
      "*.authorization",
      "*.cookie",
      "*.token",
      "*.accessToken",
      "*.access_token",
      "*.jwt",
      "*.phone",
      "*.realName",
      "*.password",
      "*.secret",
    ],
    censor: "[redacted]",
  },
});
