// The small Korean page the local Solapi server and SMTP inbox show at `/`: what the app sent,
// newest first, refreshed every few seconds (no script: a meta refresh).
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export type InboxItem = { heading: string; meta: string; body: string; failed?: boolean };

export function renderInboxPage({ title, intro, items }: { title: string; intro: string; items: InboxItem[] }): string {
  const list = items.length
    ? items
        .map(
          (i) => `<li class="${i.failed ? "failed" : ""}"><h2>${esc(i.heading)}</h2><p class="meta">${esc(i.meta)}</p><pre>${esc(i.body)}</pre></li>`,
        )
        .join("")
    : `<li class="empty">아직 받은 메시지가 없어요.</li>`;
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="5"><title>${esc(title)}</title>
<style>body{font-family:-apple-system,"Apple SD Gothic Neo","Noto Sans KR",sans-serif;margin:0;padding:16px;background:#fafaf9;color:#1c1917}
h1{font-size:18px}p.intro{font-size:13px;color:#57534e}ul{list-style:none;padding:0}li{background:#fff;border:1px solid #e7e5e4;border-radius:10px;padding:12px;margin:0 0 10px}
li.failed{border-color:#fca5a5;background:#fef2f2}h2{font-size:15px;margin:0 0 4px}p.meta{font-size:12px;color:#78716c;margin:0 0 8px}
pre{white-space:pre-wrap;font:inherit;font-size:14px;margin:0}li.empty{color:#78716c}</style></head>
<body><h1>${esc(title)}</h1><p class="intro">${esc(intro)}</p><ul>${list}</ul></body></html>`;
}
