// The local PortOne stand-in (dev/portone) speaks the contract @portone/server-sdk expects: the
// window's form → redirect back with the documented query → GET /identity-verifications/{id} with
// `Authorization: PortOne <secret>` answers the VERIFIED shape; errors are { type, message } with
// PortOne's statuses; the SDK client itself reads it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IdentityVerificationClient } from "@portone/server-sdk/identityVerification";
import { startPortOneStub, stubCi, type PortOneStub } from "@/dev/portone/server";

let stub: PortOneStub;
const opts = { apiSecret: "unit-secret", storeId: "store-unit", channelKey: "channel-key-unit" };
beforeAll(async () => {
  stub = await startPortOneStub({ port: 0, ...opts });
});
afterAll(() => stub.close());

const api = (id: string, secret = opts.apiSecret, query = "") => fetch(`${stub.url}/identity-verifications/${id}${query}`, { headers: { Authorization: `PortOne ${secret}` } });

describe("dev/portone", () => {
  it("runs the window: form → 302 to redirectUrl with the documented parameters → VERIFIED through the server SDK", async () => {
    const params = new URLSearchParams({ storeId: opts.storeId, channelKey: opts.channelKey, identityVerificationId: "identity-unit-1", customData: "bound", redirectUrl: "http://localhost:3000/onboarding", mode: "redirect" });
    const page = await fetch(`${stub.url}/identity-verifications/window?${params}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("휴대폰 본인인증");
    const ready = await (await api("identity-unit-1")).json();
    expect(ready).toMatchObject({ status: "READY", id: "identity-unit-1", customData: "bound", version: "V2" });

    const form = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ name: "홍길동", birthDate: "1990-01-02", gender: "MALE", phoneNumber: "010-1234-5678", operator: "KT", decision: "verify" })) form.set(k, v);
    const back = await fetch(`${stub.url}/identity-verifications/window/submit`, { method: "POST", body: form, redirect: "manual" });
    expect(back.status).toBe(302);
    const location = new URL(back.headers.get("location")!);
    expect(location.origin + location.pathname).toBe("http://localhost:3000/onboarding");
    expect(location.searchParams.get("identityVerificationId")).toBe("identity-unit-1");
    expect(location.searchParams.get("transactionType")).toBe("IDENTITY_VERIFICATION");
    expect(location.searchParams.get("identityVerificationTxId")).toBeTruthy();
    expect(location.search).not.toContain("1234");

    const client = IdentityVerificationClient({ secret: opts.apiSecret, baseUrl: stub.url });
    const found = await client.getIdentityVerification({ identityVerificationId: "identity-unit-1", storeId: opts.storeId });
    expect(found).toMatchObject({
      status: "VERIFIED",
      id: "identity-unit-1",
      customData: "bound",
      verifiedCustomer: { name: "홍길동", birthDate: "1990-01-02", gender: "MALE", phoneNumber: "01012345678", isForeigner: false, operator: "KT", ci: stubCi({ name: "홍길동", birthDate: "1990-01-02", gender: "MALE" }) },
    });
    if (found.status !== "VERIFIED" || !("verifiedAt" in found)) throw new Error("not verified");
    for (const t of [found.requestedAt, found.updatedAt, found.statusChangedAt, found.verifiedAt]) expect(Number.isNaN(Date.parse(t))).toBe(false);
    expect(found.verifiedCustomer.ci).toHaveLength(88);
    // a verified id cannot be used for another verification
    expect((await fetch(`${stub.url}/identity-verifications/window?${params}`)).status).toBe(400);
  });

  it("answers 401 UNAUTHORIZED, 403 FORBIDDEN and 404 IDENTITY_VERIFICATION_NOT_FOUND in PortOne's error shape", async () => {
    stub.verify("identity-unit-2", { name: "김철수", birthDate: "1991-01-01", phoneNumber: "01011112222", gender: "MALE", isForeigner: false, operator: "SKT" });
    const unauthorized = await api("identity-unit-2", "wrong");
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toEqual({ type: "UNAUTHORIZED", message: expect.any(String) });
    expect((await fetch(`${stub.url}/identity-verifications/identity-unit-2`)).status).toBe(401);
    const forbidden = await api("identity-unit-2", opts.apiSecret, "?storeId=store-other");
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).type).toBe("FORBIDDEN");
    const missing = await api("identity-unknown");
    expect(missing.status).toBe(404);
    expect((await missing.json()).type).toBe("IDENTITY_VERIFICATION_NOT_FOUND");
    const client = IdentityVerificationClient({ secret: opts.apiSecret, baseUrl: stub.url });
    await expect(client.getIdentityVerification({ identityVerificationId: "identity-unknown" })).rejects.toMatchObject({ data: { type: "IDENTITY_VERIFICATION_NOT_FOUND" } });
  });

  it("a cancelled window is FAILED with a failure, and comes back with code and pgCode", async () => {
    const params = new URLSearchParams({ storeId: opts.storeId, channelKey: opts.channelKey, identityVerificationId: "identity-unit-3", customData: "", redirectUrl: "http://localhost:3000/onboarding", mode: "redirect", decision: "cancel" });
    const back = await fetch(`${stub.url}/identity-verifications/window/submit`, { method: "POST", body: params, redirect: "manual" });
    const location = new URL(back.headers.get("location")!);
    expect(location.searchParams.get("code")).toBe("FAILURE_TYPE_PG");
    expect(location.searchParams.get("pgCode")).toBe("USER_CANCEL");
    const failed = await (await api("identity-unit-3")).json();
    expect(failed).toMatchObject({ status: "FAILED", failure: { pgCode: "USER_CANCEL" } });
  });

  it("serves the SDK script that defines window.PortOne.requestIdentityVerification", async () => {
    const res = await fetch(stub.sdkUrl);
    expect(res.headers.get("content-type")).toContain("javascript");
    const script = await res.text();
    expect(script).toContain("window.PortOne={requestIdentityVerification:requestIdentityVerification}");
    expect(script).toContain(stub.url);
  });
});
