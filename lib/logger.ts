// JSON logs with pino. Redacts credentials and PII wherever they might appear in a log object.
import pino from "pino";
import { env } from "@/lib/env";

export const logger = pino({
  level: env.APP_ENV === "test" && env.LOG_LEVEL === "info" ? "silent" : env.LOG_LEVEL,
  base: { service: "inyeon" },
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
