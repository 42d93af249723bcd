// The loading state of a member route (a skeleton while the page's data loads, not a frozen page):
// announced once as busy, the shapes only for the eye. Routes that never answer 404 re-export it as
// their loading.tsx (a list page that shares its folder with a 404-capable detail sits in a route
// group of its own: matches/(list), help/(home)). A route that answers 404 for a hidden record
// (matches/[id], payments/[id], checkout/[orderId], help/inquiries/[id]) and the segments above it
// have no loading.tsx: a loading boundary makes Next stream the page, so the status (200) would be
// sent before the page can call notFound(). Those pages do their cheap existence/authorization check
// first (a real 404) and render the rest inside <Suspense fallback={<MemberLoading />}>; the member
// tabs' LinkPending shows the tap was taken until then. tests/unit/rough-edges.test.ts holds all of it.
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
