// 광고 campaigns (/admin/marketing): an operator composes a 광고성 정보 message, sees how many members
// consent to it, and schedules it. Nothing is created for members until it is due: the delivery job
// (deliver.ts) calls releaseDueCampaigns, which — only between 08:00 and 21:00 KST — writes one
// MARKETING_NOTICE per member whose consent is in force AT THAT MOMENT (dedupeKey = the campaign id,
// so a campaign reaches a member at most once, whatever runs twice), in one set-based INSERT.
// A campaign scheduled at 22:00 KST therefore goes out at 08:00 the next morning; the job checks the
// consent again when it sends each message (preferences.stillWanted), so a withdrawal stops it.
// The text (정보통신망법 제50조): "(광고)" first, then the sender ([인연]), and the refusal line last;
// it must fit one LMS (2,000 bytes, the link included) and its subject one LMS subject (40 bytes).
// Scheduling and cancelling are audited (MARKETING_CAMPAIGN_SCHEDULED / _CANCELLED).
import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/core/actor";
import { recordAdminAction } from "@/lib/core/audit";
import { AppError, notFound } from "@/lib/core/errors";
import { defineOperation } from "@/lib/core/operation";
import { strictObject } from "@/lib/core/parse";
import { nextSeoulHour } from "@/lib/core/seoul-time";
import { isNight, MORNING_HOUR } from "./preferences";
import { AD_PREFIX, BODY_MAX_BYTES, campaignTitle, REFUSAL_LINE, smsBytes, TITLE_MAX_BYTES } from "./campaign-rules";

const MAX_AHEAD_DAYS = 60;

export const ZCampaignBody = strictObject({
  title: z
    .string({ error: "제목을 입력해 주세요." })
    .trim()
    .min(1, "제목을 입력해 주세요.")
    .refine((t) => smsBytes(campaignTitle(t)) <= TITLE_MAX_BYTES, `제목은 "(광고)"를 포함해 ${TITLE_MAX_BYTES}바이트(한글 약 ${Math.floor((TITLE_MAX_BYTES - 7) / 2)}자)까지예요.`),
  body: z
    .string({ error: "내용을 입력해 주세요." })
    .transform((b) => b.replace(/\r\n/g, "\n").trim())
    .refine((b) => b.startsWith(AD_PREFIX), `내용은 "${AD_PREFIX}"로 시작해야 해요.`)
    .refine((b) => b.endsWith(REFUSAL_LINE), `마지막 줄에 수신거부 방법("${REFUSAL_LINE}")을 그대로 적어 주세요.`)
    .refine((b) => b.slice(AD_PREFIX.length, Math.max(AD_PREFIX.length, b.length - REFUSAL_LINE.length)).replace("[인연]", "").trim().length > 0, "알릴 내용을 적어 주세요.")
    .refine((b) => smsBytes(b) <= BODY_MAX_BYTES, `내용은 ${BODY_MAX_BYTES}바이트(한글 약 ${BODY_MAX_BYTES / 2}자)까지예요 (장문 문자 한 통).`),
  /** when to send (ISO 8601 with offset); outside 08:00–21:00 KST it waits for 08:00 */
  scheduledAt: z.iso.datetime({ offset: true, error: "보낼 시각을 골라 주세요." }),
});
export type CampaignBody = z.infer<typeof ZCampaignBody>;

export const ZCampaign = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string(),
  scheduledAt: z.string(),
  /** when it actually goes out: scheduledAt, or 08:00 KST after it when that falls at night */
  sendsAt: z.string(),
  status: z.enum(["SCHEDULED", "SENT", "CANCELLED"]),
  recipients: z.number().int().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type CampaignDto = z.infer<typeof ZCampaign>;
export const ZCampaignList = z.object({ items: z.array(ZCampaign) });
export const ZAudience = z.object({
  /** members whose 광고 consent is in force now */
  consenting: z.number().int(),
  /** of them, those with a phone number or a verified e-mail address */
  reachable: z.number().int(),
});

/** the moment a campaign scheduled at `at` goes out: at once in the day, 08:00 KST after a night time */
export const sendsAt = (at: Date) => (isNight(at) ? nextSeoulHour(at, MORNING_HOUR) : at);

type Row = { id: string; title: string; body: string; scheduledAt: Date; status: "SCHEDULED" | "SENT" | "CANCELLED"; recipients: number | null; sentAt: Date | null; createdAt: Date };
const SELECT = { id: true, title: true, body: true, scheduledAt: true, status: true, recipients: true, sentAt: true, createdAt: true } as const;
const dto = (r: Row): CampaignDto => ({
  id: r.id,
  title: campaignTitle(r.title),
  body: r.body,
  scheduledAt: r.scheduledAt.toISOString(),
  sendsAt: (r.sentAt ?? sendsAt(r.scheduledAt)).toISOString(),
  status: r.status,
  recipients: r.recipients,
  sentAt: r.sentAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

// members a 광고 may reach: live members whose latest consent is not withdrawn (the later date wins)
const CONSENT_IN_FORCE = `s."marketingConsentAt" IS NOT NULL AND (s."marketingWithdrawnAt" IS NULL OR s."marketingWithdrawnAt" < s."marketingConsentAt")`;
const LIVE_MEMBER = `u."role" = 'MEMBER' AND u."status" NOT IN ('BANNED', 'WITHDRAWN', 'ONBOARDING') AND u."deletedAt" IS NULL`;

export async function marketingAudience(): Promise<z.infer<typeof ZAudience>> {
  const [row] = await prisma.$queryRawUnsafe<{ consenting: number; reachable: number }[]>(
    `SELECT count(*)::int AS "consenting",
            count(*) FILTER (WHERE u."phoneEnc" IS NOT NULL OR s."emailVerifiedAt" IS NOT NULL)::int AS "reachable"
       FROM "NotificationSetting" s JOIN "User" u ON u."id" = s."userId"
      WHERE ${CONSENT_IN_FORCE} AND ${LIVE_MEMBER}`,
  );
  return { consenting: row?.consenting ?? 0, reachable: row?.reachable ?? 0 };
}

export async function scheduleCampaign({ actor, input, now = new Date() }: { actor: Actor; input: CampaignBody; now?: Date }): Promise<CampaignDto> {
  const at = new Date(input.scheduledAt);
  if (at.getTime() < now.getTime() - 5 * 60_000) throw new AppError("VALIDATION_FAILED", "지나간 시각으로는 예약할 수 없어요.", { fields: { scheduledAt: ["지나간 시각이에요."] } });
  if (at.getTime() > now.getTime() + MAX_AHEAD_DAYS * 86_400_000) throw new AppError("VALIDATION_FAILED", `${MAX_AHEAD_DAYS}일 안으로 예약해 주세요.`, { fields: { scheduledAt: [`${MAX_AHEAD_DAYS}일 안의 시각을 골라 주세요.`] } });
  return prisma.$transaction(async (tx) => {
    // the same message at the same time is one campaign: a double submit or a retried request after a
    // lost answer finds the first (serialized on the text's hash, so two at once cannot both create it)
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`campaign:${input.title}\n${input.body}\n${at.toISOString()}`}))`;
    const same = await tx.marketingCampaign.findFirst({ where: { status: "SCHEDULED", title: input.title, body: input.body, scheduledAt: at }, select: { id: true } });
    if (same) throw new AppError("CONFLICT", "같은 내용을 같은 시각에 보내는 광고가 이미 예약되어 있어요. 아래 목록에서 확인해 주세요.");
    const row = await tx.marketingCampaign.create({ data: { title: input.title, body: input.body, scheduledAt: at, createdById: actor.userId }, select: SELECT });
    await recordAdminAction(tx, {
      adminId: actor.userId,
      action: "MARKETING_CAMPAIGN_SCHEDULED",
      targetType: "MarketingCampaign",
      targetId: row.id,
      detail: { title: input.title, scheduledAt: at.toISOString(), sendsAt: sendsAt(at).toISOString() },
    });
    return dto(row);
  });
}

export async function cancelCampaign({ actor, input }: { actor: Actor; input: { id: string } }): Promise<CampaignDto> {
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text AS "status" FROM "MarketingCampaign" WHERE "id" = ${input.id}::uuid FOR UPDATE`;
    if (!locked) throw notFound("광고 메시지");
    if (locked.status !== "SCHEDULED") throw new AppError("CONFLICT", locked.status === "SENT" ? "이미 보낸 광고 메시지는 취소할 수 없어요." : "이미 취소한 광고 메시지예요.");
    const row = await tx.marketingCampaign.update({ where: { id: input.id }, data: { status: "CANCELLED" }, select: SELECT });
    await recordAdminAction(tx, { adminId: actor.userId, action: "MARKETING_CAMPAIGN_CANCELLED", targetType: "MarketingCampaign", targetId: row.id, detail: { title: row.title } });
    return dto(row);
  });
}

export async function listCampaigns(): Promise<z.infer<typeof ZCampaignList>> {
  const rows = await prisma.marketingCampaign.findMany({ orderBy: [{ scheduledAt: "desc" }, { id: "desc" }], take: 50, select: SELECT });
  return { items: rows.map(dto) };
}

/**
 * The delivery job's first step: due campaigns (only in the 08:00–21:00 KST window) become one
 * MARKETING_NOTICE per member whose consent is in force now. Returns how many campaigns went out.
 */
export async function releaseDueCampaigns(now: Date): Promise<number> {
  if (isNight(now)) return 0;
  const at = now.toISOString();
  return prisma.$transaction(
    async (tx) => {
      const due = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id"::text AS "id" FROM "MarketingCampaign"
         WHERE "status" = 'SCHEDULED' AND "scheduledAt" <= (${at}::timestamptz AT TIME ZONE 'UTC')
         ORDER BY "scheduledAt" LIMIT 5 FOR UPDATE SKIP LOCKED`;
      for (const c of due) {
        const recipients = await tx.$executeRawUnsafe(
          `INSERT INTO "Notification" ("id", "userId", "kind", "payload", "dedupeKey", "createdAt")
           SELECT gen_random_uuid(), s."userId", 'MARKETING_NOTICE', jsonb_build_object('campaignId', $1::text), $1::text, ($2::timestamptz AT TIME ZONE 'UTC')
             FROM "NotificationSetting" s JOIN "User" u ON u."id" = s."userId"
            WHERE ${CONSENT_IN_FORCE} AND ${LIVE_MEMBER}
           ON CONFLICT ("userId", "kind", "dedupeKey") DO NOTHING`,
          c.id,
          at,
        );
        await tx.marketingCampaign.update({ where: { id: c.id }, data: { status: "SENT", recipients, sentAt: now }, select: { id: true } });
      }
      return due.length;
    },
    { timeout: 30_000 },
  );
}

export const marketingAudienceOperation = defineOperation({
  method: "GET",
  path: "/api/admin/marketing/audience",
  access: "admin",
  tag: "admin",
  summary: "광고성 정보 수신에 동의한 회원 수 (지금 기준)",
  output: ZAudience,
  run: marketingAudience,
});

export const listCampaignsOperation = defineOperation({
  method: "GET",
  path: "/api/admin/marketing/campaigns",
  access: "admin",
  tag: "admin",
  summary: "광고 메시지 목록 (최근 50건)",
  output: ZCampaignList,
  run: listCampaigns,
});

export const scheduleCampaignOperation = defineOperation({
  method: "POST",
  path: "/api/admin/marketing/campaigns",
  access: "admin",
  tag: "admin",
  summary: "광고 메시지 예약 ((광고)로 시작·수신거부 안내; 21:00~08:00이면 다음 날 08:00 발송; 감사 기록)",
  body: ZCampaignBody,
  output: ZCampaign,
  status: 201,
  rateLimit: { name: "marketing-campaigns", limit: 20, windowMs: 60_000, by: "actor" },
  run: scheduleCampaign,
});

export const ZCampaignIdParams = z.object({ id: z.uuid({ error: "광고 메시지를 찾을 수 없어요." }) });

export const cancelCampaignOperation = defineOperation({
  method: "POST",
  path: "/api/admin/marketing/campaigns/{id}/cancel",
  access: "admin",
  tag: "admin",
  summary: "예약한 광고 메시지 취소 (보내기 전까지; 감사 기록)",
  params: ZCampaignIdParams,
  output: ZCampaign,
  run: cancelCampaign,
});
