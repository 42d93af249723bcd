// /admin/users – member search: the same use case and
// query schema as GET /api/admin/users; the filter form is a plain GET form (shareable URLs), pages
// follow keyset cursors, and "CSV 내려받기" exports exactly the current filter.
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/page-actor";
import { listUsers } from "@/lib/admin/list-users";
import { ZUserListQuery, type UserList } from "@/lib/admin/schemas";
import { STATUS_LABEL, TIER_LABEL } from "@/lib/core/labels";
import { MARRIAGE_FIELDS, REGIONS } from "@/lib/profiles/constants";
import { ADMIN_MARRIAGE_FIELDS } from "@/lib/admin/schemas";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { formatSeoulDate } from "@/lib/core/seoul-time";
import { listManagers } from "@/lib/consultations/managers";
import { openSearch } from "@/lib/admin/search-token";
import { searchUsersAction } from "./actions";
import { AdminForm } from "@/components/admin/admin-form";
import { assignMembersAction } from "../my-members/actions";

export const metadata = { title: "회원 관리" };

type Search = Record<string, string | string[] | undefined>;
const FILTER_KEYS = ["q", "status", "gender", "membership", "paid", "matched", "ageMin", "ageMax", "region", ...ADMIN_MARRIAGE_FIELDS, "sort"] as const;

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireAdmin();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ZUserListQuery.safeParse(raw);
  let list: UserList | null = null;
  const managers = await listManagers();
  let error: string | null = parsed.success ? null : (parsed.error.issues[0]?.message ?? "검색 조건을 확인해 주세요.");
  if (parsed.success) {
    try {
      list = await listUsers({ actor, input: parsed.data });
    } catch (err) {
      error = err instanceof Error ? err.message : "검색하지 못했습니다.";
    }
  }
  // the search term arrives sealed (q): shown in the box, never in the URL
  const searched = raw.q ? openSearch(raw.q) : null;
  const filter = new URLSearchParams();
  for (const k of FILTER_KEYS) if (raw[k]) filter.set(k, raw[k]!);
  const v = (k: string) => raw[k] ?? "";

  return (
    <>
      <PageTitle sub="닉네임 일부, 카카오 ID, 휴대폰 번호·실명(정확히 일치)으로 찾습니다.">회원 관리</PageTitle>
      <Card className="mb-4">
        <AdminForm action={searchUsersAction} submitLabel="검색" aria-label="회원 검색">
          <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-6" role="search">
          <Input name="query" defaultValue={searched ?? ""} placeholder="닉네임 · 카카오ID · 010-0000-0000 · 실명" aria-label="검색어" className="lg:col-span-2" />
          <Select name="status" defaultValue={v("status")} aria-label="상태">
            <option value="">상태 전체</option>
            {Object.entries(STATUS_LABEL).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
          </Select>
          <Select name="gender" defaultValue={v("gender")} aria-label="성별">
            <option value="">성별 전체</option>
            <option value="M">남성</option>
            <option value="F">여성</option>
          </Select>
          <Select name="membership" defaultValue={v("membership")} aria-label="회원 등급">
            <option value="">등급 전체</option>
            {Object.entries(TIER_LABEL).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
          </Select>
          <Select name="region" defaultValue={v("region")} aria-label="지역">
            <option value="">지역 전체</option>
            {REGIONS.map((r) => <option key={r} value={r}>{r}</option>)}
          </Select>
          {ADMIN_MARRIAGE_FIELDS.map((k) => (
            <Select key={k} name={k} defaultValue={v(k)} aria-label={MARRIAGE_FIELDS[k].name}>
              <option value="">{MARRIAGE_FIELDS[k].name} 전체</option>
              {MARRIAGE_FIELDS[k].options.map((o) => <option key={o} value={o}>{MARRIAGE_FIELDS[k].labels[o]}</option>)}
            </Select>
          ))}
          <Select name="paid" defaultValue={v("paid")} aria-label="결제 여부">
            <option value="">결제 전체</option>
            <option value="true">결제함</option>
            <option value="false">결제 안 함</option>
          </Select>
          <Select name="matched" defaultValue={v("matched")} aria-label="매칭 여부">
            <option value="">매칭 전체</option>
            <option value="true">매칭중·완료</option>
            <option value="false">매칭 아님</option>
          </Select>
          <Input name="ageMin" type="number" min={19} max={100} defaultValue={v("ageMin")} placeholder="최소 나이" aria-label="최소 나이" />
          <Input name="ageMax" type="number" min={19} max={100} defaultValue={v("ageMax")} placeholder="최대 나이" aria-label="최대 나이" />
          <Select name="sort" defaultValue={v("sort")} aria-label="정렬">
            <option value="newest">최신 가입순</option>
            <option value="oldest">오래된 가입순</option>
          </Select>
          <div className="flex gap-2">
            <Link href="/admin/users" className="rounded-xl border border-stone-300 px-4 py-2 text-sm">초기화</Link>
          </div>
          </div>
        </AdminForm>
      </Card>
      {error ? <p role="alert" className="mb-3 rounded-xl bg-red-50 p-3 text-sm text-red-700">{error}</p> : null}
      {list ? (
        <>
          <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
            <p>{list.total === null ? "다음 페이지" : <><strong>{list.total.toLocaleString("ko-KR")}</strong>명{list.totalCapped ? " 이상" : ""}</>}</p>
            <ButtonLink href={`/api/admin/users/export.csv?${filter}`} variant="secondary" className="px-3 py-2" prefetch={false}>
              CSV 내려받기 (현재 필터)
            </ButtonLink>
          </div>
          <div className="overflow-x-auto rounded-2xl border border-stone-200 bg-white" tabIndex={0} role="region" aria-label="목록 (좌우로 스크롤할 수 있어요)">
            <table className="w-full text-left text-sm">
              <thead className="bg-stone-50 text-xs text-stone-500">
                <tr>
                  <th className="px-3 py-2">닉네임</th>
                  <th className="px-3 py-2">성별·나이</th>
                  <th className="px-3 py-2">지역</th>
                  <th className="px-3 py-2">상태</th>
                  <th className="px-3 py-2">등급</th>
                  <th className="px-3 py-2">결제</th>
                  <th className="px-3 py-2">매칭·상담</th>
                  <th className="px-3 py-2">가입일</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {list.items.length === 0 ? (
                  <tr><td colSpan={8} className="px-3 py-6 text-center text-stone-500">조건에 맞는 회원이 없습니다.</td></tr>
                ) : (
                  list.items.map((u) => (
                    <tr key={u.id}>
                      <td className="px-3 py-2">
                        <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline">{u.nickname ?? "(이름 없음)"}</Link>
                        <div className="text-xs text-stone-400">{u.kakaoId ?? "–"}</div>
                      </td>
                      <td className="px-3 py-2">{u.gender === "M" ? "남" : u.gender === "F" ? "여" : "–"} · {u.age ?? "–"}</td>
                      <td className="px-3 py-2">{u.region ?? "–"}</td>
                      <td className="px-3 py-2"><Badge tone={u.status === "BANNED" ? "red" : u.status === "ACTIVE" ? "green" : "neutral"}>{STATUS_LABEL[u.status]}</Badge></td>
                      <td className="px-3 py-2">{TIER_LABEL[u.membershipTier]}</td>
                      <td className="px-3 py-2">{u.paid ? "Y" : "–"}</td>
                      <td className="px-3 py-2 tabular-nums">{u.matchingCount} · {u.consultationCount}</td>
                      <td className="px-3 py-2 text-xs">{formatSeoulDate(u.createdAt)}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          {managers.length > 0 && list.items.length > 0 ? (
            <AdminForm action={assignMembersAction} submitLabel={`이 목록의 ${list.items.length}명 배정`} layout="row" className="mt-3" aria-label="담당 매니저 배정">
              {list.items.map((u) => <input key={u.id} type="hidden" name="memberIds" value={u.id} />)}
              <label className="text-sm" htmlFor="assign-manager">담당 매니저</label>
              <Select id="assign-manager" name="managerId" className="w-48">
                {managers.map((m) => <option key={m.id} value={m.id}>{m.displayName}</option>)}
              </Select>
            </AdminForm>
          ) : null}
          <nav aria-label="페이지" className="mt-3 flex gap-2 text-sm">
            {raw.cursor || (raw.page && raw.page !== "1") ? <Link href={`/admin/users?${filter}`} className="rounded-xl border border-stone-300 px-3 py-2">처음으로</Link> : null}
            {list.nextCursor ? (
              <Link href={`/admin/users?${new URLSearchParams([...filter, ["cursor", list.nextCursor]])}`} className="rounded-xl border border-stone-300 px-3 py-2">다음 페이지 →</Link>
            ) : null}
          </nav>
        </>
      ) : null}
    </>
  );
}
