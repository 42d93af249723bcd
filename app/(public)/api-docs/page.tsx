// /api-docs – API reference (the seeds' FastAPI /docs), rendered from the OpenAPI operations.
import Link from "next/link";
import { OPERATIONS } from "@/lib/openapi/spec";

export const metadata = { title: "API 문서" };

const AUTH_LABEL = { member: "회원", admin: "관리자", cron: "CRON_SECRET", kakaoAdminKey: "KakaoAK", none: "공개" } as const;

export default function ApiDocsPage() {
  const tags = [...new Set(OPERATIONS.map((o) => o.tag))];
  return (
    <main className="mx-auto max-w-3xl px-5 py-10">
      <h1 className="text-2xl font-bold">인연 API</h1>
      <p className="mt-2 text-sm text-stone-600">
        인증: <code>Authorization: Bearer &lt;jwt&gt;</code> (POST /api/auth/sync-kakao 로 발급) 또는 로그인 세션 쿠키. 오류는 항상{" "}
        <code>{"{ error: { code, message } }"}</code> 형식입니다. 기계가 읽는 문서: <Link href="/api/openapi.json" className="underline">/api/openapi.json</Link>
      </p>
      {tags.map((tag) => (
        <section key={tag} className="mt-8">
          <h2 className="text-lg font-semibold">{tag}</h2>
          <ul className="mt-2 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {OPERATIONS.filter((o) => o.tag === tag).map((o) => (
              <li key={`${o.method} ${o.path}`} className="flex flex-wrap items-baseline gap-2 px-4 py-3 text-sm">
                <span className="w-16 font-mono text-xs font-bold uppercase text-brand-600">{o.method}</span>
                <code className="font-mono">{o.path}</code>
                <span className="text-stone-600">{o.summary}</span>
                <span className="ml-auto text-xs text-stone-400">{AUTH_LABEL[o.auth]}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
