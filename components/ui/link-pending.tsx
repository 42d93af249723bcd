"use client";
// A navigation pending indicator (Next's useLinkStatus) placed inside a <Link>: from the tap until the
// next page's first bytes arrive, the link shows a pulsing bar and announces "불러오는 중", so a member
// on a slow connection sees the tap was taken instead of a frozen page. Pages that may answer 404 have
// no loading.tsx (it would turn the 404 into a streamed 200; components/ui/member-loading.tsx): this
// covers them until their own Suspense skeleton arrives.
import { useLinkStatus } from "next/link";

export function LinkPending({ className = "absolute inset-x-2 top-0 h-0.5" }: { className?: string }) {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span role="status" data-testid="link-pending" className={`${className} animate-pulse rounded-full bg-brand-500`}>
      <span className="sr-only">불러오는 중이에요</span>
    </span>
  );
}
