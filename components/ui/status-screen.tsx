// A whole-screen message (not found, something went wrong): a title, a sentence and the ways on.
// Server-safe; error boundaries pass a client button as an action.
export function StatusScreen({ code, title, children, actions }: { code?: string; title: string; children: React.ReactNode; actions: React.ReactNode }) {
  return (
    <section aria-labelledby="status-title" className="mx-auto flex max-w-md flex-col items-center px-5 py-16 text-center">
      {code ? (
        <p aria-hidden className="text-5xl font-extrabold tracking-tight text-brand-500">
          {code}
        </p>
      ) : null}
      <h1 id="status-title" className="mt-4 text-xl font-bold text-stone-900">
        {title}
      </h1>
      <div className="mt-3 text-sm leading-6 text-stone-600">{children}</div>
      <div className="mt-8 flex w-full flex-col gap-2">{actions}</div>
    </section>
  );
}
