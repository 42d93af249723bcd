// GET|PUT /api/admin/users/{id}/memo (seed A: the admin's memo on a member, a JSON object in S3 at
// memos/{userId}.json, not in Postgres). Two admins editing at once never overwrite each other
// silently: the JSON carries a version; a save names the version its editor loaded and is refused
// (409) when the current one differs. The compare-and-write runs under a per-member advisory lock in
// Postgres, so it holds even on S3 servers that ignore If-Match (the local one does); If-Match (or
// If-None-Match for the first save) is sent too, so real S3 also refuses a write that raced past us.
// Any storage failure is a 503 with the error shape (the editor keeps what was typed).
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { getJson, putJson } from "@/lib/storage";
import { logger } from "@/lib/logger";
import { recordAdminAction } from "@/lib/core/audit";
import { ZIdParams, ZMemoBody } from "./schemas";

export const memoKey = (userId: string) => `memos/${userId}.json`;

const ZStoredMemo = z.object({ userId: z.string(), version: z.number().int().min(1), text: z.string(), updatedAt: z.string(), updatedBy: z.string() });
export const ZMemo = z.object({ userId: z.string(), version: z.number().int().min(0), text: z.string(), updatedAt: z.string().nullable(), updatedBy: z.string().nullable() });
export type Memo = z.infer<typeof ZMemo>;

/** Storage errors other than our own 409/503 become a 503: the memo is unavailable, nothing else broke. */
async function storage<T>(op: string, userId: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AppError && (err.code === "CONFLICT" || err.code === "UNAVAILABLE")) throw err;
    logger.error({ userId, op, err: err instanceof Error ? err.name : String(err) }, "memo storage failed");
    throw new AppError("UNAVAILABLE", "메모 저장소를 일시적으로 사용할 수 없습니다. 작성한 내용은 그대로 두고 잠시 후 다시 시도해 주세요.", { cause: err });
  }
}

async function readMemo(userId: string): Promise<{ memo: Memo; etag: string | null; exists: boolean }> {
  const stored = await storage("get", userId, () => getJson(memoKey(userId)));
  if (!stored) return { memo: { userId, version: 0, text: "", updatedAt: null, updatedBy: null }, etag: null, exists: false };
  const parsed = ZStoredMemo.safeParse(stored.value);
  // a memo written by seed A's service (no version) counts as version 1
  const value = parsed.success ? parsed.data : { userId, version: 1, text: String((stored.value as { memo?: unknown; text?: unknown })?.text ?? (stored.value as { memo?: unknown })?.memo ?? ""), updatedAt: stored.lastModified?.toISOString() ?? "", updatedBy: "" };
  return { memo: { ...value, updatedAt: value.updatedAt || null, updatedBy: value.updatedBy || null }, etag: stored.etag, exists: true };
}

async function assertMember(userId: string) {
  const user = await prisma.user.findFirst({ where: { id: userId, role: "MEMBER" }, select: { id: true } });
  if (!user) throw notFound("회원");
}

export async function getMemo({ input }: { actor: Actor; input: { id: string } }): Promise<Memo> {
  await assertMember(input.id);
  return (await readMemo(input.id)).memo;
}

export async function putMemo({ actor, input, now = new Date() }: { actor: Actor; input: { id: string; text: string; version: number }; now?: Date }): Promise<Memo> {
  await assertMember(input.id);
  return prisma.$transaction(
    async (tx) => {
      // one writer per member at a time: the read-compare-write below cannot interleave
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`memo:${input.id}`}, 0))`;
      const current = await readMemo(input.id);
      if (current.memo.version !== input.version) {
        throw new AppError("CONFLICT", `다른 관리자가 먼저 메모를 수정했습니다 (현재 버전 ${current.memo.version}). 작성한 내용을 복사해 두고 새로고침해 주세요.`);
      }
      const next = { userId: input.id, version: current.memo.version + 1, text: input.text, updatedAt: now.toISOString(), updatedBy: actor.userId };
      // the audit row first: if storage then fails, the transaction rolls it back
      await recordAdminAction(tx, {
        adminId: actor.userId,
        action: "MEMO_UPDATED",
        targetType: "User",
        targetId: input.id,
        detail: { before: { version: current.memo.version, length: current.memo.text.length }, after: { version: next.version, length: next.text.length } },
      });
      await storage("put", input.id, () =>
        putJson(memoKey(input.id), next, current.exists && current.etag ? { ifMatch: current.etag } : { ifNoneMatch: true }),
      );
      return next;
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
}

export const getMemoOperation = defineOperation({
  method: "GET",
  path: "/api/admin/users/{id}/memo",
  access: "admin",
  tag: "admin",
  summary: "회원 메모 조회 (S3 JSON; version 0 = 아직 없음)",
  params: ZIdParams,
  output: ZMemo,
  run: getMemo,
});

export const putMemoOperation = defineOperation({
  method: "PUT",
  path: "/api/admin/users/{id}/memo",
  access: "admin",
  tag: "admin",
  summary: "회원 메모 저장 (불러온 version과 현재 version이 다르면 409)",
  params: ZIdParams,
  body: ZMemoBody,
  output: ZMemo,
  run: putMemo,
});
