// lib/env.ts refuses a production start that would turn the abuse limits against the service: with
// TRUSTED_PROXY=none every anonymous caller shares one counter per rule, so one client could exhaust
// the sign-in limit for everyone. The message names the accepted values and what each fits.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseServerEnv } from "@/lib/env";

const secret = () => randomBytes(24).toString("base64url");
/** everything production requires, except the variable under test */
const production = (): Record<string, string> => ({
  APP_ENV: "production",
  DATABASE_URL: "postgresql://inyeon@db:5432/inyeon",
  AUTH_SECRET: secret(),
  JWT_SECRET: secret(),
  CRON_SECRET: secret(),
  PII_BLIND_INDEX_KEY: secret(),
  PII_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
  KAKAO_CLIENT_ID: "kakao-rest-key",
  PORTONE_API_SECRET: secret(),
  BANK_ACCOUNT_TEXT: "국민은행 123456-01-234567 (예금주: 인연 주식회사)",
  ...Object.fromEntries(["NAME", "REPRESENTATIVE", "REGISTRATION_NUMBER", "BROKERAGE_REPORT_NUMBER", "MAIL_ORDER_NUMBER", "ADDRESS", "PHONE"].map((k) => [`BUSINESS_${k}`, `시험용 ${k}`])),
});

const refusal = (source: Record<string, string>) => {
  try {
    parseServerEnv(source);
  } catch (err) {
    return (err as Error).message;
  }
  return null;
};

describe("TRUSTED_PROXY in production", () => {
  it("refuses none, and an unset value (its default), naming every accepted value and what it fits", () => {
    for (const source of [{ ...production(), TRUSTED_PROXY: "none" }, production()]) {
      const message = refusal(source);
      expect(message).toMatch(/^Invalid environment:\n {2}TRUSTED_PROXY: must name the reverse proxy/);
      // only that variable is wrong: the rest of the production set is complete
      expect(message!.split("\n")).toHaveLength(2);
      expect(message).toContain("vercel (deployed on Vercel)");
      expect(message).toContain("x-real-ip (nginx `proxy_set_header X-Real-IP $remote_addr;`");
      expect(message).toContain("x-forwarded-for (a proxy that appends the client address to X-Forwarded-For");
    }
  });

  it("starts with each real proxy value", () => {
    for (const value of ["vercel", "x-real-ip", "x-forwarded-for"]) {
      expect(parseServerEnv({ ...production(), TRUSTED_PROXY: value }).TRUSTED_PROXY).toBe(value);
    }
  });

  it("refuses a value it does not know with the same list", () => {
    expect(refusal({ ...production(), TRUSTED_PROXY: "nginx" })).toMatch(/TRUSTED_PROXY: must be none \(development only\) or one of: vercel .*x-real-ip .*x-forwarded-for/);
  });

  it("keeps none as the development and test default (no proxy in front of `npm run dev`)", () => {
    expect(parseServerEnv({}).TRUSTED_PROXY).toBe("none");
    expect(parseServerEnv({ APP_ENV: "test" }).TRUSTED_PROXY).toBe("none");
  });
});

describe("본인인증 (PortOne) in production", () => {
  it("refuses the development API secret while verification is on, and starts with it switched off", () => {
    const withoutSecret = production();
    delete withoutSecret.PORTONE_API_SECRET;
    expect(refusal({ ...withoutSecret, TRUSTED_PROXY: "vercel" })).toMatch(/^Invalid environment:\n {2}PORTONE_API_SECRET: must be set in production/);
    expect(parseServerEnv({ ...withoutSecret, TRUSTED_PROXY: "vercel", IDENTITY_VERIFICATION: "off" }).IDENTITY_VERIFICATION).toBe("off");
    expect(parseServerEnv({ ...production(), TRUSTED_PROXY: "vercel" }).IDENTITY_VERIFICATION).toBe("on");
  });
});
