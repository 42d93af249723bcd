// /admin/users/[id] – one member for an operator: account (PII only on an audited reveal), the
// consultation record and S3 memo, membership, moderation (ban/unban/delete), profile, preferences,
// consents, payments, matches, likes, reports and the audit trail; manual matching from the
// candidate list (computed only when asked: ?candidates=1). Use cases as GET /api/admin/users/{id}.
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/auth/page-actor";
import { AppError } from "@/lib/core/errors";
import { getUserDetail, type UserDetail } from "@/lib/admin/get-user-detail";
import { listCandidates, type Candidates } from "@/lib/admin/list-candidates";
import { getMemo, type Memo } from "@/lib/admin/memo";
import { listMemberDeliveries } from "@/lib/admin/notification-deliveries";
import { KIND_SPECS } from "@/lib/notifications/templates";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { ZIdParams } from "@/lib/admin/schemas";
import { marriagePreferenceRows } from "@/components/admin/marriage-preference-rows";
import { MARRIAGE_FIELD_KEYS, MARRIAGE_FIELDS } from "@/lib/profiles/constants";
import { auditActionLabel, DELIVERY_CHANNEL_LABEL, DELIVERY_STATUS_LABEL, GENDER_LABEL, PAYMENT_METHOD_LABEL, PAYMENT_STATUS_LABEL, REPORT_REASON_LABEL, REPORT_RESOLUTION_LABEL, STATUS_LABEL, TIER_LABEL, type ReportResolution } from "@/lib/core/labels";
import { AdminForm } from "@/components/admin/admin-form";
import { MemoEditor } from "@/components/admin/memo-editor";
import { PiiReveal } from "@/components/admin/pii-reveal";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { Input, Select, Textarea } from "@/components/ui/field";
import { banAction, consultationAction, deleteAction, loadMemoAction, manualMatchAction, membershipAction, resendDeliveryAction, revealPiiAction, saveMemoAction, unbanAction } from "./actions";
import { formatSeoulDate, formatSeoulDateTime } from "@/lib/core/seoul-time";

export const metadata = { title: "회원 상세" };

const when = (iso: string | null) => (iso ? formatSeoulDateTime(iso) : "–");
const day = (iso: string | null) => (iso ? formatSeoulDate(iso) : "–");
const MATCH = { PENDING: "대기", ACTIVE: "진행", CLOSED: "종료" } as const;

function Section({ title, children, action }: { title: string; children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <Card>
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 className="font-semibold">{title}</h2>
        {action}
      </div>
      {children}
    </Card>
  );
}

function Rows({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[7rem_1fr] gap-y-1 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-stone-500">{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function AdminUserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ candidates?: string }> }) {
  const actor = await requireAdmin();
  const parsed = ZIdParams.safeParse(await params);
  if (!parsed.success) notFound();
  const id = parsed.data.id;
  const sp = await searchParams;
  let d: UserDetail;
  try {
    d = await getUserDetail({ actor, input: { id } });
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
  const u = d.user;
  const live = u.status !== "WITHDRAWN";
  let memo: Memo | null = null;
  let memoError: string | undefined;
  if (live && u.role === "MEMBER") {
    try {
      memo = await getMemo({ actor, input: { id } });
    } catch (err) {
      memoError = err instanceof AppError ? err.message : "메모를 불러오지 못했습니다.";
    }
  }
  let candidates: Candidates | null = null;
  let candidatesError: string | null = null;
  if (sp.candidates === "1") {
    try {
      candidates = await listCandidates({ actor, input: { id } });
    } catch (err) {
      candidatesError = err instanceof AppError ? err.message : "후보를 불러오지 못했습니다.";
    }
  }
  const hidden = <input type="hidden" name="id" value={id} />;
  const deliveries = (await listMemberDeliveries({ actor, input: { id } })).items;

  return (
    <>
      <p className="mb-2 text-sm"><Link href="/admin/users" className="text-stone-500 underline">← 회원 목록</Link></p>
      <PageTitle sub={`카카오 ID ${u.kakaoId ?? "–"} · 가입 ${day(u.createdAt)} · 최근 활동 ${when(u.lastActiveAt)}`}>
        {d.profile?.nickname ?? u.name ?? "(이름 없음)"} <Badge tone={u.status === "BANNED" ? "red" : u.status === "ACTIVE" ? "green" : "neutral"}>{STATUS_LABEL[u.status]}</Badge>
      </PageTitle>
      <div className="grid gap-4 lg:grid-cols-2">
        <Section title="계정">
          <Rows rows={[
            ["성별·나이", `${u.gender ? GENDER_LABEL[u.gender] : "–"} · ${u.age ?? "–"}세`],
            ["등급", `${TIER_LABEL[u.membershipTier]}${u.membershipExpiresAt ? ` (~${day(u.membershipExpiresAt)})` : ""}`],
            ["매칭 횟수", u.matchingCount],
            ["본인인증", u.identityVerifiedAt ? `완료 · ${when(u.identityVerifiedAt)}` : "안 함"],
            ["이용정지", u.bannedAt ? `${when(u.bannedAt)} · ${u.banReason ?? ""}` : "–"],
          ]} />
          <div className="mt-3 border-t border-stone-100 pt-3">
            {u.hasPhone || u.hasRealName ? <PiiReveal userId={id} reveal={revealPiiAction} /> : <p className="text-sm text-stone-500">저장된 개인정보가 없습니다.</p>}
          </div>
        </Section>

        <Section title="상담 기록">
          <Rows rows={[["최초 상담", when(d.consultation.firstConsultationAt)], ["최근 상담", when(d.consultation.lastConsultationAt)], ["상담 횟수", `${d.consultation.consultationCount}회`]]} />
          {d.consultation.notes.length > 0 ? (
            <ul className="mt-2 space-y-1 text-xs text-stone-600">
              {d.consultation.notes.slice(0, 5).map((n) => <li key={n.at}>{when(n.at)} — {n.note ?? "(메모 없음)"}</li>)}
            </ul>
          ) : null}
          {live ? (
            <AdminForm action={consultationAction} submitLabel="상담 기록 추가" className="mt-3">
              {hidden}
              <Textarea name="note" rows={2} maxLength={1000} placeholder="상담 내용 (선택)" aria-label="상담 내용" />
            </AdminForm>
          ) : null}
        </Section>

        {live && u.role === "MEMBER" ? (
          <Section title="관리자 메모">
            <MemoEditor userId={id} initial={memo} loadError={memoError} save={saveMemoAction} load={loadMemoAction} />
          </Section>
        ) : null}

        {live && u.role === "MEMBER" ? (
          <Section title="등급 · 제재">
            <AdminForm action={membershipAction} submitLabel="등급 변경">
              {hidden}
              <div className="flex flex-wrap gap-2">
                <Select name="tier" defaultValue={u.membershipTier} aria-label="회원 등급" className="w-36">
                  {Object.entries(TIER_LABEL).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
                </Select>
                <Input type="date" name="expiresAt" defaultValue={u.membershipExpiresAt?.slice(0, 10) ?? ""} aria-label="만료일" className="w-44" />
              </div>
            </AdminForm>
            <div className="mt-4 border-t border-stone-100 pt-3">
              {u.status === "BANNED" ? (
                <AdminForm action={unbanAction} submitLabel="이용정지 해제" variant="secondary" confirm="이용정지를 해제할까요?">{hidden}</AdminForm>
              ) : (
                <AdminForm action={banAction} submitLabel="이용정지" variant="danger" confirm="이 회원을 이용정지할까요? 즉시 로그인할 수 없게 됩니다.">
                  {hidden}
                  <Input name="reason" required minLength={2} maxLength={500} placeholder="정지 사유" aria-label="정지 사유" />
                </AdminForm>
              )}
            </div>
            <div className="mt-4 border-t border-stone-100 pt-3">
              <AdminForm action={deleteAction} submitLabel="회원 탈퇴 처리" variant="danger" confirm="개인정보·사진·메모가 삭제됩니다. 계속할까요?" then="/admin/users">
                {hidden}
                {/* the confirmation is the form's, not the operation's: the API deletes on DELETE alone */}
                <label className="flex items-center gap-2 text-sm"><input type="checkbox" name="confirm" required /> 되돌릴 수 없음을 확인했습니다</label>
              </AdminForm>
            </div>
          </Section>
        ) : null}

        <Section title="프로필">
          {d.profile ? (
            <>
              <Rows rows={[
                ["닉네임", d.profile.nickname], ["출생연도", d.profile.birthYear], ["키", d.profile.height ?? "–"], ["지역", d.profile.region ?? "–"],
                ["직업", d.profile.job ?? "–"], ["키워드", d.profile.keywords.join(", ") || "–"], ["소개", d.profile.intro ?? "–"],
                // the marriage profile, the income band included (only here: never in the list or the CSV)
                ...MARRIAGE_FIELD_KEYS.map((k): [string, string] => {
                  const value = d.profile![k];
                  const hidden = k === "incomeBand" && !d.profile!.visibility.incomeBand ? " (비공개)" : "";
                  return [MARRIAGE_FIELDS[k].name, value ? `${MARRIAGE_FIELDS[k].labels[value]}${hidden}` : "미입력"];
                }),
              ]} />
              {d.profile.photos.length > 0 ? (
                <div className="mt-3 flex flex-wrap gap-2">
                  {/* eslint-disable-next-line @next/next/no-img-element -- pre-signed S3 URLs, not optimisable */}
                  {d.profile.photos.map((p) => <img key={p.key} src={p.url} alt="프로필 사진" className="h-24 w-20 rounded-lg object-cover" />)}
                </div>
              ) : <p className="mt-2 text-xs text-stone-500">사진 없음</p>}
            </>
          ) : <p className="text-sm text-stone-500">프로필 없음</p>}
        </Section>

        <Section title="선호 조건 · 동의">
          {d.preferences ? (
            <Rows rows={[
              ["상대 성별", GENDER_LABEL[d.preferences.targetGender]], ["나이", `${d.preferences.ageMin}–${d.preferences.ageMax}세`],
              ["지역", d.preferences.regions.join(", ") || "무관"], ["키워드", d.preferences.keywords.join(", ") || "–"],
              ...marriagePreferenceRows(d.preferences),
            ]} />
          ) : <p className="text-sm text-stone-500">선호 조건 없음</p>}
          <ul className="mt-3 space-y-1 text-xs text-stone-600">
            {d.consents.map((c) => <li key={c.agreedAt}>{when(c.agreedAt)} 동의 — 약관 {c.termsVersion} · 개인정보 {c.privacyVersion} · 환불 {c.refundVersion}{c.adultConfirmed ? " · 만 19세 확인" : ""}</li>)}
            {d.consents.length === 0 ? <li>동의 기록 없음</li> : null}
          </ul>
        </Section>
      </div>

      <div className="mt-4 grid gap-4">
        <Section title={`매칭 (${d.matches.length})`} action={<Link className="text-sm text-brand-700 underline" href={`/admin/users/${id}?candidates=1#candidates`}>수동 매칭 후보 보기</Link>}>
          <SimpleTable head={["상대", "상태", "출처", "생성", "종료 사유"]} empty="매칭 없음" rows={d.matches.map((m) => {
            const other = m.userA.id === id ? m.userB : m.userA;
            return [<Link key="o" href={`/admin/users/${other.id}`} className="underline">{other.nickname ?? "–"}</Link>, MATCH[m.status], m.source === "ADMIN" ? "관리자" : "서로 좋아요", day(m.createdAt), m.closedReason ?? "–"];
          })} />
          <p className="mt-2 text-sm"><Link className="text-brand-700 underline" href={`/admin/matches?userId=${id}`}>매칭 관리에서 보기</Link></p>
        </Section>

        {sp.candidates === "1" ? (
          <Section title="수동 매칭 후보 (주간 추천과 같은 조건·점수)">
            <div id="candidates" />
            {candidatesError ? <p role="alert" className="text-sm text-red-600">{candidatesError}</p> : null}
            {candidates ? (
              <>
                <p className="mb-2 text-xs text-stone-500">{candidates.week} · 가중치 {candidates.weights === "fitted" ? "최근 실행에서 학습" : "기본값"} · 점수 = 서로 좋아할 확률</p>
                <ul className="divide-y divide-stone-100">
                  {candidates.items.length === 0 ? <li className="py-3 text-sm text-stone-500">조건에 맞는 후보가 없습니다.</li> : null}
                  {candidates.items.map((c) => (
                    <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                      <div className="text-sm">
                        <Link href={`/admin/users/${c.id}`} className="font-medium underline">{c.nickname}</Link> · {c.age}세 · {c.region ?? "–"} · {c.job ?? "–"}
                        <div className="text-xs text-stone-500">점수 {(c.score * 100).toFixed(2)}% (→ {(c.aLikesB * 100).toFixed(0)}%, ← {(c.bLikesA * 100).toFixed(0)}%)</div>
                        <ul className="mt-1 text-xs text-stone-600">
                          {c.reasons.map((r, i) => <li key={i}>{r.direction === "a→b" ? "이 회원이 보기에" : "상대가 보기에"}: {r.label} {r.logOdds > 0 ? "▲" : "▼"}{Math.abs(r.logOdds).toFixed(2)}</li>)}
                        </ul>
                      </div>
                      <AdminForm action={manualMatchAction} submitLabel="매칭하기" variant="secondary" confirm={`${c.nickname}님과 매칭할까요?`}>
                        <input type="hidden" name="userId" value={id} />
                        <input type="hidden" name="partnerId" value={c.id} />
                      </AdminForm>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Section>
        ) : null}

        <Section title={`결제 (${d.payments.length})`} action={<Link className="text-sm text-brand-700 underline" href="/admin/payments">결제 확인 화면</Link>}>
          <SimpleTable head={["상품", "방법", "금액", "상태", "요청", "결제"]} empty="결제 없음" rows={d.payments.map((p) => [p.orderName, PAYMENT_METHOD_LABEL[p.method], `${p.amount.toLocaleString("ko-KR")}원`, PAYMENT_STATUS_LABEL[p.status], day(p.createdAt), day(p.paidAt)])} />
        </Section>

        <Section title={`좋아요 (보냄 ${d.likes.sentCount} · 받음 ${d.likes.receivedCount})`}>
          <div className="grid gap-4 sm:grid-cols-2 text-sm">
            <ul>{d.likes.sent.map((l) => <li key={`s${l.other.id}`}>→ <Link className="underline" href={`/admin/users/${l.other.id}`}>{l.other.nickname ?? "–"}</Link> <span className="text-xs text-stone-500">{l.batchWeek}</span></li>)}</ul>
            <ul>{d.likes.received.map((l) => <li key={`r${l.other.id}`}>← <Link className="underline" href={`/admin/users/${l.other.id}`}>{l.other.nickname ?? "–"}</Link> <span className="text-xs text-stone-500">{l.batchWeek}</span></li>)}</ul>
          </div>
        </Section>

        <Section title={`신고 (받음 ${d.reports.received.length} · 함 ${d.reports.made.length})`} action={<Link className="text-sm text-brand-700 underline" href="/admin/reports">신고 관리</Link>}>
          <SimpleTable head={["구분", "상대", "사유", "처리", "일시"]} empty="신고 없음" rows={[
            ...d.reports.received.map((r) => ["받음", r.other.nickname ?? "–", `${REPORT_REASON_LABEL[r.reason]}${r.detail ? ` · ${r.detail}` : ""}`, r.handled ? (REPORT_RESOLUTION_LABEL[r.resolution as ReportResolution] ?? "처리됨") : "대기", day(r.createdAt)]),
            ...d.reports.made.map((r) => ["함", r.other.nickname ?? "–", REPORT_REASON_LABEL[r.reason], r.handled ? (REPORT_RESOLUTION_LABEL[r.resolution as ReportResolution] ?? "처리됨") : "대기", day(r.createdAt)]),
          ]} />
        </Section>

        <Section title={`외부 알림 발송 (최근 ${deliveries.length}건)`}>
          <SimpleTable
            head={["일시", "알림", "채널", "상태", "시도", "제공자 ID · 사유", ""]}
            empty="외부로 보낸 알림 없음"
            rows={deliveries.map((x) => [
              when(x.sentAt ?? x.nextAttemptAt),
              Object.values(KIND_SPECS[x.kind as NotificationKind]?.templates ?? {})[0]?.title ?? x.kind,
              DELIVERY_CHANNEL_LABEL[x.channel],
              (x.channel === "ALIMTALK" || x.channel === "SMS") && x.status === "SENT" ? (x.reportedAt ? "수신 확인" : "발송됨 (수신 결과 대기)") : DELIVERY_STATUS_LABEL[x.status],
              String(x.attempts),
              <span key="p" className="text-xs">{[x.providerMessageId, x.failureCode].filter(Boolean).join(" · ") || "–"}</span>,
              x.status === "FAILED" ? (
                <AdminForm key="r" action={resendDeliveryAction} submitLabel="다시 보내기" variant="secondary" layout="row" aria-label="알림 다시 보내기">
                  <input type="hidden" name="id" value={x.id} />
                </AdminForm>
              ) : null,
            ])}
          />
        </Section>

        <Section title="감사 기록" action={<Link className="text-sm text-brand-700 underline" href={`/admin/audit?targetId=${id}`}>전체 보기</Link>}>
          <SimpleTable head={["일시", "작업", "관리자"]} empty="기록 없음" rows={d.audit.slice(0, 20).map((a) => [when(a.createdAt), auditActionLabel(a.action), <Link key="a" className="underline" href={`/admin/audit?adminId=${a.adminId}`}>{a.adminId.slice(0, 8)}</Link>])} />
        </Section>
      </div>
    </>
  );
}

function SimpleTable({ head, rows, empty }: { head: string[]; rows: React.ReactNode[][]; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-stone-500">{empty}</p>;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="표 (좌우로 스크롤할 수 있어요)">
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-stone-500"><tr>{head.map((h) => <th key={h} className="py-1 pr-3">{h}</th>)}</tr></thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((r, i) => <tr key={i}>{r.map((c, j) => <td key={j} className="py-1.5 pr-3">{c}</td>)}</tr>)}
        </tbody>
      </table>
    </div>
  );
}
