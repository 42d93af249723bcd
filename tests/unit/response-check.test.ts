// A handler whose response drifts from its declared output schema fails (outside production), and so
// does one that returns a field the schema does not declare: the suites catch contract drift.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineOperation } from "@/lib/core/operation";
import { route } from "@/lib/http/route";

const ZOut = z.object({ profile: z.object({ nickname: z.string() }) });

function op(run: () => Promise<unknown>, extra: Partial<{ status: number; otherStatuses: number[]; statusOf: () => number }> = {}) {
  return route(defineOperation({ method: "GET", path: "/api/test", access: "public", tag: "test", summary: "test", output: ZOut, ...extra, run: run as never }));
}

async function get(handler: ReturnType<typeof op>) {
  const res = await handler(new Request("http://localhost:3000/api/test"));
  return { status: res.status, body: await res.json() };
}

describe("response contract check", () => {
  it("passes a response that matches the declared schema", async () => {
    expect(await get(op(async () => ({ profile: { nickname: "봄날" } })))).toEqual({ status: 200, body: { profile: { nickname: "봄날" } } });
  });

  it("fails a response that drifted (the shape PUT /api/profile once documented)", async () => {
    const { status, body } = await get(op(async () => ({ nickname: "봄날" })));
    expect(status).toBe(500);
    expect(body.error.code).toBe("INTERNAL");
  });

  it("fails a response carrying an undeclared field (a leak)", async () => {
    expect((await get(op(async () => ({ profile: { nickname: "봄날", phone: "010-0000-0000" } })))).status).toBe(500);
  });

  it("fails an undeclared status and passes a declared other status", async () => {
    expect((await get(op(async () => ({ profile: { nickname: "a" } }), { statusOf: () => 201 })))).toMatchObject({ status: 500 });
    expect((await get(op(async () => ({ profile: { nickname: "a" } }), { statusOf: () => 201, otherStatuses: [201] })))).toMatchObject({ status: 201 });
  });
});
