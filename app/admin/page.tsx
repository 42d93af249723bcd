// /admin – dashboard: members by status and gender, weekly sign-ups, matches,
// paid payments and revenue per week, and the latest recommendation run. The same use case as
// GET /api/admin/stats; the two weekly series are drawn by a small uPlot client component.
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/page-actor";
import { getAdminStats } from "@/lib/admin/get-stats";
import { countReviewQueues } from "@/lib/admin/review-queues";
import { formatSeoulDateTime } from "@/lib/core/seoul-time";
import { GENDER_LABEL, MATCH_STATUS_LABEL, RUN_STATUS_LABEL, STATUS_LABEL } from "@/lib/core/labels";
import { Card, PageTitle } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { WeekChart } from "@/components/admin/week-chart";

export const metadata = { title: "대시보드" };

const won = (n: number) => `${n.toLocaleString("ko-KR")}원`;

function Bars({ rows }: { rows: { label: string; count: number }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <ul className="space-y-1.5 text-sm">
      {rows.map((r) => (
        <li key={r.label} className="grid grid-cols-[5.5rem_1fr_4rem] items-center gap-2">
          <span className="text-stone-600">{r.label}</span>
          <span className="h-2.5 rounded-full bg-stone-100">
            <span className="block h-2.5 rounded-full bg-brand-500" style={{ width: `${(100 * r.count) / max}%` }} />
          </span>
          <span className="text-right tabular-nums">{r.count.toLocaleString("ko-KR")}</span>
        </li>
      ))}
    </ul>
  );
}

/** One review queue's length, linking to the queue; highlighted while anything waits. */
function QueueCard({ label, href, count, unit }: { label: string; href: string; count: number; unit: string }) {
  return (
    <Card>
      <p className="text-xs text-stone-500">{label}</p>
      <p className={`text-2xl font-bold tabular-nums ${count > 0 ? "text-amber-700" : ""}`}>
        <Link href={href} aria-label={`${label} ${count.toLocaleString("ko-KR")}${unit}`} className="underline decoration-stone-300 underline-offset-4">
          {count.toLocaleString("ko-KR")}
          {unit}
        </Link>
      </p>
    </Card>
  );
}

export default async function AdminHome() {
  const actor = await requireAdmin();
  const [s, queues] = await Promise.all([getAdminStats({ actor }), countReviewQueues()]);
  const weeks = s.signupsPerWeek.map((w) => w.week);
  const thisWeek = s.paymentsPerWeek.at(-1);
  const run = s.latestRun;
  return (
    <>
      <PageTitle sub={`기준 ${formatSeoulDateTime(s.generatedAt)}`}>관리자 대시보드</PageTitle>
      <section aria-label="검토 대기열" className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <QueueCard label="본인인증 예외 대기" href="/admin/identity" count={queues.identity} unit="건" />
        <QueueCard label="사진 검토 대기" href="/admin/photos" count={queues.photos} unit="장" />
        <QueueCard label="서류 검토 대기" href="/admin/documents" count={queues.documents} unit="건" />
      </section>
      <div className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Card>
          <p className="text-xs text-stone-500">전체 회원</p>
          <p className="text-2xl font-bold tabular-nums">{s.members.total.toLocaleString("ko-KR")}</p>
        </Card>
        <Card>
          <p className="text-xs text-stone-500">이번 주 가입</p>
          <p className="text-2xl font-bold tabular-nums">{(s.signupsPerWeek.at(-1)?.count ?? 0).toLocaleString("ko-KR")}</p>
        </Card>
        <Card>
          <p className="text-xs text-stone-500">이번 주 결제</p>
          <p className="text-2xl font-bold tabular-nums">{won(thisWeek?.revenue ?? 0)}</p>
          <p className="text-xs text-stone-500">{thisWeek?.count ?? 0}건 · 누적 {won(s.revenueTotal)}</p>
        </Card>
        <Card>
          <p className="text-xs text-stone-500">최근 추천 실행</p>
          {run ? (
            <>
              <p className="text-2xl font-bold tabular-nums">{run.coverage === null ? "–" : `${(run.coverage * 100).toFixed(1)}%`}</p>
              <p className="text-xs text-stone-500">
                {run.week} · <Badge tone={run.status === "COMPLETED" ? "green" : run.status === "RUNNING" ? "amber" : "red"}>{RUN_STATUS_LABEL[run.status]}</Badge>
              </p>
            </>
          ) : (
            <p className="text-sm text-stone-500">실행 기록 없음</p>
          )}
        </Card>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 font-semibold">회원 상태</h2>
          <Bars rows={s.members.byStatus.map((r) => ({ label: STATUS_LABEL[r.status], count: r.count }))} />
          <h3 className="mb-2 mt-4 text-sm font-semibold">성별</h3>
          <Bars rows={s.members.byGender.map((r) => ({ label: r.gender ? GENDER_LABEL[r.gender] : "미입력", count: r.count }))} />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">매칭 상태</h2>
          <Bars rows={s.matches.byStatus.map((r) => ({ label: MATCH_STATUS_LABEL[r.status], count: r.count }))} />
          <p className="mt-4 text-sm">
            <Link className="text-brand-700 underline" href="/admin/matches">매칭 관리</Link> ·{" "}
            <Link className="text-brand-700 underline" href="/admin/payments">결제 확인</Link> ·{" "}
            <Link className="text-brand-700 underline" href="/admin/recommendations">주간 추천</Link>
          </p>
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">주별 가입</h2>
          <WeekChart labels={weeks} values={s.signupsPerWeek.map((w) => w.count)} label="가입" />
          <WeekTable rows={s.signupsPerWeek.map((w) => [w.week, w.count.toLocaleString("ko-KR")])} head={["주차", "가입"]} />
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">주별 결제·매출 (결제 완료 기준)</h2>
          <WeekChart labels={weeks} values={s.paymentsPerWeek.map((w) => w.revenue)} label="매출" color="#0f766e" format="won" />
          <WeekTable rows={s.paymentsPerWeek.map((w) => [w.week, `${w.count}건`, won(w.revenue)])} head={["주차", "결제", "매출"]} />
        </Card>
      </div>
    </>
  );
}

function WeekTable({ head, rows }: { head: string[]; rows: string[][] }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-stone-500">표로 보기</summary>
      <table className="mt-2 w-full text-left">
        <thead className="text-xs text-stone-500">
          <tr>{head.map((h) => <th key={h} className="py-1">{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r[0]} className="border-t border-stone-100">{r.map((c, i) => <td key={i} className="py-1 tabular-nums">{c}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
