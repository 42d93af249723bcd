// The loading state of a member route (a skeleton while the page's data loads, not a frozen page):
// announced once as busy, the shapes only for the eye. Each route without a 404 of its own re-exports
// it as its loading.tsx; a route that answers 404 for a hidden record (matches/[id], payments/[id],
// checkout/[orderId], help/inquiries/[id]) and the segments above it have none: a loading boundary
// makes Next stream the page, so the status (200) is sent before the page can call notFound().
export function MemberLoading() {
  return (
    <div role="status" aria-busy="true" aria-live="polite" data-testid="member-loading" className="animate-pulse space-y-4">
      <span className="sr-only">불러오는 중이에요…</span>
      <div aria-hidden="true" className="h-7 w-40 rounded-lg bg-stone-200" />
      <div aria-hidden="true" className="h-4 w-64 rounded bg-stone-100" />
      <div aria-hidden="true" className="h-32 rounded-2xl bg-stone-100" />
      <div aria-hidden="true" className="h-32 rounded-2xl bg-stone-100" />
    </div>
  );
}
