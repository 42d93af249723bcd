// Root layout: Korean document, mobile-first viewport, system Korean fonts (no font downloads at build).
import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "인연 — 진지한 만남을 위한 결혼 매칭", template: "%s | 인연" },
  description: "검증된 회원에게 매주 어울리는 인연을 소개해 드리는 결혼 매칭 서비스",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#c92f48" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ko">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
