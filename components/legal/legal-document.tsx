// Shared layout of the legal pages (/terms, /privacy, /refund-policy): title, version and effective
// date, a table of contents, the articles, and the operator disclosures a marriage brokerage must show.
import Link from "next/link";
import { LEGAL_DOCUMENTS, type LegalDocument } from "@/lib/members/legal-versions";
import { BusinessInfo } from "./business-info";

export type Article = { id: string; title: string; body: React.ReactNode };

export function LegalDocumentPage({ doc, intro, articles }: { doc: LegalDocument; intro: React.ReactNode; articles: Article[] }) {
  return (
    <main className="mx-auto max-w-2xl px-5 py-10 text-stone-800">
      <Link href="/" className="text-lg font-extrabold text-brand-600">
        인연
      </Link>
      <h1 className="mt-6 text-2xl font-bold">{doc.title}</h1>
      <p className="mt-2 text-sm text-stone-600" data-testid="legal-version">
        버전 {doc.version} · 시행일 {doc.effectiveDate}
      </p>
      <div className="mt-6 space-y-3 text-sm leading-7">{intro}</div>
      <nav aria-label="목차" className="mt-6 rounded-2xl bg-stone-50 p-4 text-sm">
        <ol className="grid gap-1 sm:grid-cols-2">
          {articles.map((a) => (
            <li key={a.id}>
              <a href={`#${a.id}`} className="text-stone-600 hover:text-brand-600">
                {a.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {articles.map((a) => (
        <section key={a.id} id={a.id} className="mt-8 scroll-mt-6">
          <h2 className="text-base font-bold">{a.title}</h2>
          <div className="mt-2 space-y-2 text-sm leading-7 [&_li]:ml-5 [&_ol]:list-decimal [&_ol]:space-y-1 [&_ul]:list-disc [&_ul]:space-y-1">{a.body}</div>
        </section>
      ))}
      <BusinessInfo className="mt-10" />
      <nav aria-label="약관 및 정책" className="mt-8 flex gap-4 text-xs text-stone-600">
        {Object.values(LEGAL_DOCUMENTS).map((d) => (
          <Link key={d.path} href={d.path} className={d.path === doc.path ? "font-semibold text-stone-800" : ""}>
            {d.title}
          </Link>
        ))}
      </nav>
    </main>
  );
}
