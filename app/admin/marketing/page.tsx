// /admin/marketing – 광고 messages: how many members consent now, composing and scheduling one (it
// goes only to members whose consent is in force when it is sent, never 21:00–08:00 KST), and the
// campaigns with their state, recipients and a cancel button while they wait.
import { requireAdmin } from "@/lib/auth/page-actor";
import { formatSeoulDateTime, formatSeoulSortable } from "@/lib/core/seoul-time";
import { listCampaigns, marketingAudience } from "@/lib/notifications/campaigns";
import { AdminForm } from "@/components/admin/admin-form";
import { CampaignForm } from "@/components/admin/campaign-form";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { cancelCampaignAction, scheduleCampaignAction } from "./actions";

export const metadata = { title: "광고 메시지" };

const STATUS = { SCHEDULED: "예약됨", SENT: "보냄", CANCELLED: "취소됨" } as const;

export default async function AdminMarketingPage() {
  await requireAdmin();
  const [audience, campaigns] = await Promise.all([marketingAudience(), listCampaigns()]);
  // the composer starts at the next full hour, Seoul time
  const inAnHour = new Date();
  inAnHour.setTime(inAnHour.getTime() + 3_600_000);
  const [date, time] = formatSeoulSortable(inAnHour).split(" ");
  return (
    <>
      <PageTitle sub="광고성 정보 수신에 동의한 회원에게만 문자(장문)와 이메일로 보냅니다. 알림톡으로는 보내지 않고, 21:00~08:00에는 보내지 않습니다.">광고 메시지</PageTitle>
      <div className="grid gap-4 xl:grid-cols-[2fr_1fr]">
        <Card aria-labelledby="compose-heading">
          <h2 id="compose-heading" className="mb-2 font-bold">새 광고 메시지</h2>
          {/* keyed by the list: a scheduled campaign empties the form (a second tap cannot schedule it twice) */}
          <CampaignForm key={campaigns.items[0]?.id ?? "none"} save={scheduleCampaignAction} audience={audience} today={{ date: date!, time: `${time!.slice(0, 2)}:00` }} />
        </Card>
        <Card aria-labelledby="audience-heading">
          <h2 id="audience-heading" className="mb-2 font-bold">받는 회원</h2>
          <p className="text-3xl font-extrabold" data-testid="audience-consenting">{audience.consenting.toLocaleString("ko-KR")}명</p>
          <p className="text-sm text-stone-600">지금 광고성 정보 수신에 동의한 회원 (이 중 휴대폰 번호나 인증된 이메일이 있는 회원 {audience.reachable.toLocaleString("ko-KR")}명)</p>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-stone-600">
            <li>보내는 순간의 동의를 다시 확인합니다. 그 사이 철회한 회원에게는 가지 않습니다.</li>
            <li>회원이 고른 방법(문자·이메일)으로 한 번씩만 보냅니다.</li>
            <li>예약과 취소는 감사 로그에 남습니다.</li>
          </ul>
        </Card>
      </div>

      <section aria-labelledby="campaigns-heading" className="mt-6">
        <h2 id="campaigns-heading" className="mb-3 text-lg font-bold">보낸·예약한 광고</h2>
        {campaigns.items.length === 0 ? (
          <Card><p className="text-sm text-stone-500">아직 광고 메시지가 없습니다.</p></Card>
        ) : (
          <div className="overflow-x-auto rounded-2xl border border-stone-200 bg-white">
            <table className="w-full text-sm">
              <thead className="bg-stone-50 text-left text-stone-600">
                <tr>
                  <th scope="col" className="px-3 py-2">제목</th>
                  <th scope="col" className="px-3 py-2">예약 시각</th>
                  <th scope="col" className="px-3 py-2">발송 (예정) 시각</th>
                  <th scope="col" className="px-3 py-2">상태</th>
                  <th scope="col" className="px-3 py-2">받은 회원</th>
                  <th scope="col" className="px-3 py-2"><span className="sr-only">취소</span></th>
                </tr>
              </thead>
              <tbody>
                {campaigns.items.map((c) => (
                  <tr key={c.id} className="border-t border-stone-100 align-top" data-testid="campaign-row">
                    <td className="px-3 py-2">
                      <details>
                        <summary className="cursor-pointer font-medium">{c.title}</summary>
                        <pre className="mt-1 whitespace-pre-wrap font-sans text-xs text-stone-600">{c.body}</pre>
                      </details>
                    </td>
                    <td className="whitespace-nowrap px-3 py-2">{formatSeoulDateTime(c.scheduledAt)}</td>
                    <td className="whitespace-nowrap px-3 py-2">{formatSeoulDateTime(c.sendsAt)}</td>
                    <td className="px-3 py-2"><Badge tone={c.status === "SENT" ? "brand" : "neutral"}>{STATUS[c.status]}</Badge></td>
                    <td className="px-3 py-2">{c.recipients === null ? "–" : `${c.recipients.toLocaleString("ko-KR")}명`}</td>
                    <td className="px-3 py-2">
                      {c.status === "SCHEDULED" ? (
                        <AdminForm action={cancelCampaignAction} submitLabel="예약 취소" variant="secondary" confirm={`「${c.title}」 예약을 취소할까요?`} aria-label={`${c.title} 예약 취소`}>
                          <input type="hidden" name="id" value={c.id} />
                        </AdminForm>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
