// /api-docs – API reference (the seeds' FastAPI /docs), rendered from the generated OpenAPI document.
import Link from "next/link";
import { env } from "@/lib/env";
import { openApiDocument } from "@/lib/openapi/spec";

export const metadata = { title: "API 문서" };

const ACCESS_LABEL: Record<string, string> = { public: "공개", member: "회원", onboarding: "회원(가입 중 포함)", admin: "관리자", cron: "CRON_SECRET" };

type DocOperation = { tags: string[]; summary: string; "x-access": string; operationId: string };

export default function ApiDocsPage() {
  const doc = openApiDocument(env.APP_URL);
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, DocOperation>).map(([method, op]) => ({ path, method, ...op })),
  );
  const tags = [...new Set(ops.map((o) => o.tags[0]))];
  return (
    <main className="mx-auto max-w-3xl px-5 py-10">
      <h1 className="text-2xl font-bold">인연 API</h1>
      <p className="mt-2 text-sm text-stone-600">
        인증: <code>Authorization: Bearer &lt;jwt&gt;</code> (POST /api/auth/sync-kakao 로 발급) 또는 로그인 세션 쿠키. 오류는 항상{" "}
        <code>{"{ error: { code, message } }"}</code> 형식입니다. 요청·응답 스키마가 담긴 기계용 문서:{" "}
        <Link href="/api/openapi.json" className="underline">
          /api/openapi.json
        </Link>
      </p>
      {tags.map((tag) => (
        <section key={tag} className="mt-8">
          <h2 className="text-lg font-semibold">{tag}</h2>
          <ul className="mt-2 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {ops
              .filter((o) => o.tags[0] === tag)
              .map((o) => (
                <li key={o.operationId} id={o.operationId} className="flex flex-wrap items-baseline gap-2 px-4 py-3 text-sm">
                  <span className="w-16 font-mono text-xs font-bold uppercase text-brand-700">{o.method}</span>
                  <code className="font-mono">{o.path}</code>
                  <span className="text-stone-700">{o.summary}</span>
                  <span className="ml-auto text-xs text-stone-600">{ACCESS_LABEL[o["x-access"]] ?? o["x-access"]}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
