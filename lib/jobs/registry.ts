// THE list of scheduled jobs. Everything that runs on a timer is declared here once, and the rest is
// generated from it: vercel.json's crons (scripts/write-vercel-json.ts; tests/unit/jobs-registry.test.ts
// keeps them equal), the Vercel Cron operation GET /api/cron/{job} (lib/jobs/cron-operation.ts), and the
// in-process scheduler for self-hosting (lib/jobs/scheduler.ts, SCHEDULER_ENABLED=true).
//
// To add a job:
//   1. write its work as a function `({ actor, now, budgetMs }) => Promise<summary>` next to its domain
//      (e.g. lib/payments/reconcile-job.ts): idempotent, set-based, stops at budgetMs and returns
//      `incomplete: true` if work remains; the summary is JSON without PII;
//   2. add a `defineJob({ name, summary, schedule, maxDurationSeconds, run })` entry to JOBS below
//      (schedule: 5-field cron in UTC — KST is UTC+9; maxDurationSeconds ≤ CRON_MAX_DURATION_SECONDS);
//   3. run `npx tsx --conditions=react-server scripts/write-vercel-json.ts` so vercel.json lists it (the unit test fails otherwise).
import { expirePendingMatches } from "@/lib/matching/expire-pending-matches";
import { runWeeklyJob } from "./run-weekly-job";
import { reconcileTossPayments } from "@/lib/payments/reconcile-toss";
import { reconcileDaily } from "@/lib/payments/reconcile-daily";
import { deliverNotifications } from "@/lib/notifications/deliver";
import { providerPace } from "./provider-pace";
import { notifyExpiringMatches, requestMatchFeedback } from "@/lib/notifications/match-notices";
import { payBackDueRefunds } from "@/lib/refunds/pay-back";
import { purgeExpiredData } from "./retention";
import { lapseExpiredBadges } from "@/lib/documents/badges";
import { purgeDocumentOriginals } from "@/lib/documents/purge-originals";
import { sendConsultationReminders } from "@/lib/consultations/reminders";
import type { JobDefinition } from "./types";

export type { JobContext, JobDefinition, JobSummary } from "./types";

/** app/api/cron/[job]/route.ts exports this as maxDuration (Vercel: 300 s is the Hobby/Pro default ceiling). */
export const CRON_MAX_DURATION_SECONDS = 300;

const defineJob = (job: JobDefinition): JobDefinition => job;

export const JOBS: readonly JobDefinition[] = [
  defineJob({
    name: "weekly-recommendations",
    summary: "주간 추천 생성과 만료된 매칭 정리 (매주 월 10:00 KST)",
    schedule: "0 1 * * 1",
    maxDurationSeconds: 60,
    run: async ({ actor, now, budgetMs }) => {
      const result = await runWeeklyJob({ now, maxDurationMs: budgetMs, triggeredBy: actor.system });
      return { ...result, incomplete: result.recommendations.status === "PARTIAL" };
    },
  }),
  defineJob({
    name: "expire-pending-matches",
    summary: "결제 기한이 지난 대기 매칭 닫기 (매시 5분)",
    schedule: "5 * * * *",
    maxDurationSeconds: 60,
    run: async ({ now }) => ({ ...(await expirePendingMatches({ now })) }),
  }),
  defineJob({
    name: "reconcile-toss-payments",
    summary: "결제창에서 결제했지만 승인되지 않은 카드 결제를 토스에서 조회해 정산 (10분마다; 확인과 같은 경로, 멱등)",
    schedule: "*/10 * * * *",
    maxDurationSeconds: 120,
    run: async ({ now, budgetMs }) => ({ ...(await reconcileTossPayments({ now, budgetMs })) }),
  }),
  defineJob({
    name: "pay-back-refunds",
    summary: "승인된 카드 환불 중 토스 취소가 끝나지 않은 것을 다시 요청 (10분마다; 같은 멱등키라 두 번 환불되지 않음)",
    schedule: "*/10 * * * *",
    maxDurationSeconds: 120,
    run: async ({ now, budgetMs }) => ({ ...(await payBackDueRefunds({ now, budgetMs })) }),
  }),
  defineJob({
    name: "reconcile-toss-daily",
    summary: "최근 15일 카드 주문 전체를 토스와 대조(상태·결제·환불·잔액)해 차이를 기록 (매일 04:00 KST; 조회만, 멱등)",
    schedule: "0 19 * * *",
    maxDurationSeconds: 300,
    run: async ({ now, budgetMs }) => ({ ...(await reconcileDaily({ now, budgetMs })) }),
  }),
  defineJob({
    name: "retention-purge",
    summary: "보존 기간이 지난 기록 파기: 결제 5년, 처리된 신고 3년, 탈퇴 회원 동의 5년, 금지 번호 5년, 탈퇴 회원 잔여 행 (매일 03:30 KST)",
    schedule: "30 18 * * *",
    maxDurationSeconds: 120,
    run: ({ now, budgetMs }) => purgeExpiredData({ now, budgetMs }),
  }),
  defineJob({
    name: "lapse-document-badges",
    summary: "유효 기간이 지난 인증 배지(재직·혼인관계·소득 1년) 만료 처리와 회원 알림 (매일 03:40 KST; 멱등)",
    schedule: "40 18 * * *",
    maxDurationSeconds: 60,
    run: async ({ now }) => ({ ...(await lapseExpiredBadges({ now })) }),
  }),
  defineJob({
    name: "purge-document-originals",
    summary: "결정 후 30일이 지난 인증 서류 원본을 저장소에서 삭제 (매일 03:50 KST; 기록 행은 남김, 멱등)",
    schedule: "50 18 * * *",
    maxDurationSeconds: 120,
    run: async ({ now, budgetMs }) => ({ ...(await purgeDocumentOriginals({ now, budgetMs })) }),
  }),
  defineJob({
    name: "notify-expiring-matches",
    summary: "결제 기한이 곧 끝나는 대기 매칭 알림 (매시 15분; 매칭마다 한 번)",
    schedule: "15 * * * *",
    maxDurationSeconds: 60,
    run: async ({ now }) => ({ ...(await notifyExpiringMatches({ now })) }),
  }),
  defineJob({
    name: "request-match-feedback",
    summary: "확정 후 일정 기간이 지난 매칭에 만남 후기 요청 알림 (매일 11:00 KST; 회원·매칭마다 한 번)",
    schedule: "0 2 * * *",
    maxDurationSeconds: 60,
    run: async ({ now }) => ({ ...(await requestMatchFeedback({ now })) }),
  }),
  defineJob({
    name: "consultation-reminders",
    summary: "상담 하루 전·1시간 전 알림 (15분마다; 예약마다 한 번씩)",
    schedule: "*/15 * * * *",
    maxDurationSeconds: 60,
    run: async ({ now }) => ({ ...(await sendConsultationReminders({ now })) }),
  }),
  defineJob({
    name: "deliver-notifications",
    summary: "외부 알림 채널(알림톡·SMS·이메일; 개발 환경은 로그) 발송 (5분마다; 채널이 없으면 아무것도 하지 않음)",
    schedule: "*/5 * * * *",
    maxDurationSeconds: 60,
    run: async ({ now, budgetMs }) => ({ ...(await deliverNotifications({ now, budgetMs, pace: providerPace })) }),
  }),
];

/** the names as a non-empty tuple (for z.enum) */
export const JOB_NAMES = JOBS.map((j) => j.name) as [string, ...string[]];

export function findJob(name: string): JobDefinition | undefined {
  return JOBS.find((j) => j.name === name);
}
