"use client";
// Last resort when the root layout itself fails: it replaces the whole document, so it brings its
// own <html>, <body> and styles (globals.css may not have loaded).
import { useEffect } from "react";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <html lang="ko">
      <body style={{ margin: 0, fontFamily: '"Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", system-ui, sans-serif', background: "#fafaf9", color: "#1c1917" }}>
        <main style={{ maxWidth: 420, margin: "0 auto", padding: "64px 20px", textAlign: "center", wordBreak: "keep-all" }}>
          <h1 style={{ fontSize: 20, margin: 0 }}>잠시 문제가 생겼어요</h1>
          <p style={{ fontSize: 14, lineHeight: 1.6, color: "#57534e", marginTop: 12 }}>
            서비스를 불러오지 못했어요. 잠시 후 다시 시도해 주세요.
            {error.digest ? <span style={{ display: "block", fontSize: 12, marginTop: 8 }}>오류 코드 {error.digest}</span> : null}
          </p>
          <button
            type="button"
            onClick={reset}
            style={{ marginTop: 24, width: "100%", padding: "12px 16px", border: 0, borderRadius: 12, background: "#c92f48", color: "#fff", fontSize: 14, fontWeight: 600 }}
          >
            다시 시도하기
          </button>
          {/* a plain link on purpose: the router may be what failed */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/" style={{ display: "block", marginTop: 12, fontSize: 14, color: "#44403c" }}>
            처음 화면으로 가기
          </a>
        </main>
      </body>
    </html>
  );
}
