// The FAQ as disclosure widgets (the answers come from lib/helpdesk/faq.ts).
import type { FaqEntry } from "@/lib/helpdesk/faq";

export function FaqList({ entries }: { entries: FaqEntry[] }) {
  return (
    <ul className="space-y-2">
      {entries.map((e) => (
        <li key={e.id} id={`faq-${e.id}`}>
          <details className="rounded-2xl border border-stone-200 bg-white p-4">
            <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-stone-900">
              <span className="mr-2 text-xs font-medium text-brand-700">{e.topic}</span>
              {e.question}
            </summary>
            <p className="mt-2 text-sm leading-relaxed text-stone-700">{e.answer}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}
