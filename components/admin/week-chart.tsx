"use client";
// A small weekly bar/line chart with uPlot (~50 kB), imported only when the chart mounts so the
// dashboard's first JavaScript stays small; the numbers are also in a table next to it (the chart
// is decoration for sighted users: aria-hidden, the table is the accessible form).
import { useEffect, useRef } from "react";
import "uplot/dist/uPlot.min.css";

type Props = { labels: string[]; values: number[]; label: string; color?: string; format?: "count" | "won" };

export function WeekChart({ labels, values, label, color = "#e11d48", format = "count" }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let plot: { destroy(): void } | null = null;
    const el = ref.current;
    if (!el) return;
    import("uplot").then(({ default: UPlot }) => {
      if (disposed) return;
      const xs = labels.map((_, i) => i);
      const fmt = (v: number) => (format === "won" ? `${Math.round(v / 1000).toLocaleString("ko-KR")}천` : v.toLocaleString("ko-KR"));
      plot = new UPlot(
        {
          width: Math.max(260, el.clientWidth),
          height: 160,
          legend: { show: false },
          cursor: { show: false },
          scales: { x: { time: false } },
          axes: [
            { values: (_u, ticks) => ticks.map((t) => labels[t]?.slice(-3) ?? ""), size: 30 },
            { values: (_u, ticks) => ticks.map(fmt), size: 56 },
          ],
          series: [{}, { label, stroke: color, fill: `${color}33`, width: 2, points: { show: true } }],
        },
        [xs, values],
        el,
      );
    });
    return () => {
      disposed = true;
      plot?.destroy();
    };
  }, [labels, values, label, color, format]);
  return <div ref={ref} aria-hidden="true" className="min-h-40 w-full" />;
}
