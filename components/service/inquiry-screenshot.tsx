// A screenshot attached to a 1:1 문의 message, for the member's thread and the operator's inbox: the
// URL is signed for a few minutes at render (lib/helpdesk/screenshots.ts); tapping opens it full size.
export function InquiryScreenshot({ screenshot }: { screenshot: { url: string } | null }) {
  if (!screenshot) return null;
  return (
    <a href={screenshot.url} target="_blank" rel="noreferrer" className="mt-2 inline-block" data-testid="inquiry-screenshot">
      {/* eslint-disable-next-line @next/next/no-img-element -- a short-lived pre-signed storage URL */}
      <img src={screenshot.url} alt="첨부한 스크린샷" className="max-h-48 w-auto rounded-lg border border-stone-200 bg-white" />
      <span className="sr-only"> (새 창에서 크게 보기)</span>
    </a>
  );
}
