import * as echarts from "echarts";
import { FONT_FAMILY, footerGraphic, svgToPng } from "./bar-chart.js";

/** One model on the chart: its publication date and figure. */
export interface ScatterPoint {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  value: number;
  /** Printed next to highlighted points (the model's name). */
  label?: string;
  /** The asked-about models: drawn larger, coloured and labelled. */
  highlight?: boolean;
}

export interface ScatterChartOptions {
  title: string;
  subtitle?: string;
  /** The data's credit, at the foot of the chart. */
  footer?: string;
  points: ScatterPoint[];
  /** Tick labels of the log axis, in the reader's language ("$100M", "10²⁵"); plain numbers otherwise. */
  formatValue?: (value: number) => string;
  /** A fitted line, drawn between two points, with its label ("×2.9 a year"). */
  trend?: { from: { date: string; value: number }; to: { date: string; value: number }; label: string };
  width?: number;
  height?: number;
}

export const SCATTER_WIDTH = 1000;
export const SCATTER_HEIGHT = 620;

const timeOf = (date: string): number => {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
};
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/**
 * Figures against publication date, on a logarithmic y-axis (training costs and compute span many
 * orders of magnitude), drawn by Apache ECharts in server-side mode: every model as a grey dot,
 * the asked-about ones coloured and labelled, an optional trend line, the credit in the footer.
 */
export function scatterChartSvg({
  title,
  subtitle,
  footer,
  points,
  formatValue,
  trend,
  width = SCATTER_WIDTH,
  height = SCATTER_HEIGHT,
}: ScatterChartOptions): string {
  const valid = points.filter((p) => Number.isFinite(p.value) && p.value > 0 && /^\d{4}/.test(p.date));
  const times = valid.map((p) => timeOf(p.date));
  const values = valid.map((p) => p.value);
  // Whole years and whole powers of ten around the data, so the axes read cleanly.
  const minYear = new Date(Math.min(...times, Date.now())).getUTCFullYear();
  const maxYear = new Date(Math.max(...times)).getUTCFullYear() + 1;
  // Ticks every `step` powers of ten, at most about seven of them.
  const lowPow = Math.floor(Math.log10(Math.min(...values)));
  const highPow = Math.ceil(Math.log10(Math.max(...values)));
  const step = Math.max(1, Math.ceil((highPow - lowPow) / 7));
  const minPow = Math.floor(lowPow / step) * step;
  const maxPow = Math.max(Math.ceil(highPow / step) * step, minPow + step);
  const xMin = Date.UTC(Number.isFinite(minYear) ? Math.min(minYear, maxYear - 1) : 2010, 0, 1);
  const xMax = Date.UTC(maxYear, 0, 1);
  const rightThird = xMin + ((xMax - xMin) * 2) / 3;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  const dot = (p: ScatterPoint) => [timeOf(p.date), p.value];
  const background = valid.filter((p) => !p.highlight);
  const highlighted = valid.filter((p) => p.highlight);
  // Labels to the left of points near the right edge, so they stay inside the chart; moved up or
  // down where they would cover each other (placeLabels, once the axes are laid out).
  const side = (p: ScatterPoint) => (timeOf(p.date) > rightThird ? "left" : "right");
  let offsets: [number, number][] = highlighted.map(() => [0, 0]);
  const highlightedData = () =>
    highlighted.map((p, i) => ({ value: dot(p), name: p.label ?? "", label: { position: side(p), offset: offsets[i] } }));
  try {
    chart.setOption({
      animation: false,
      backgroundColor: "#ffffff",
      textStyle: { fontFamily: FONT_FAMILY },
      title: {
        text: title,
        subtext: subtitle ?? "",
        left: 20,
        top: 14,
        textStyle: { fontSize: 22, fontFamily: FONT_FAMILY },
        subtextStyle: { fontSize: 14, fontFamily: FONT_FAMILY, color: "#555" },
      },
      legend: trend
        ? { data: [trend.label], right: 24, top: 18, textStyle: { fontSize: 14, fontFamily: FONT_FAMILY, color: "#d9480f" } }
        : { show: false },
      grid: { left: 30, right: 40, top: subtitle ? 96 : 70, bottom: footer ? 56 : 36, containLabel: true },
      graphic: footer ? [footerGraphic(footer, height)] : [],
      xAxis: {
        type: "time",
        min: xMin,
        max: xMax,
        minInterval: YEAR_MS,
        splitLine: { show: true, lineStyle: { color: "#eee" } },
        axisLabel: { fontSize: 13, color: "#333", formatter: (v: number) => String(new Date(v).getUTCFullYear()) },
      },
      yAxis: {
        type: "log",
        logBase: 10,
        min: 10 ** minPow,
        max: 10 ** maxPow,
        interval: step,
        splitLine: { show: true, lineStyle: { color: "#eee" } },
        axisLabel: { fontSize: 13, color: "#333", formatter: (v: number) => (formatValue ? formatValue(v) : String(v)) },
      },
      series: [
        {
          type: "scatter",
          symbolSize: 7,
          itemStyle: { color: "#b6bec8" },
          data: background.map(dot),
          silent: true,
        },
        {
          type: "scatter",
          symbolSize: 12,
          itemStyle: { color: "#2f6fde", borderColor: "#ffffff", borderWidth: 1 },
          data: highlightedData(),
          label: {
            show: true,
            position: "right",
            fontSize: 13,
            fontWeight: "bold",
            fontFamily: FONT_FAMILY,
            color: "#1b3f80",
            formatter: (p: { name: string }) => p.name,
          },
        },
        ...(trend
          ? [
              {
                type: "line",
                data: [
                  [timeOf(trend.from.date), trend.from.value],
                  [timeOf(trend.to.date), trend.to.value],
                ],
                name: trend.label,
                symbol: "none",
                lineStyle: { color: "#d9480f", width: 2, type: "dashed" },
                itemStyle: { color: "#d9480f" },
              },
            ]
          : []),
      ],
    });
    if (highlighted.some((p) => p.label)) {
      const pixels = highlighted.map((p) => chart.convertToPixel({ seriesIndex: 1 }, dot(p)) as unknown as [number, number]);
      offsets = placeLabels(highlighted, pixels, side);
      chart.setOption({ series: [{}, { data: highlightedData() }] });
    }
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Label size estimates for DejaVu Sans Bold at 13px: wide enough to keep labels apart. */
const CHAR_WIDTH = 8.5;
const LINE_HEIGHT = 17;

/**
 * Vertical offsets that keep point labels from covering each other: each label, top to bottom,
 * takes the first free slot at 0, ±1, ±2… lines from its point.
 */
function placeLabels(points: ScatterPoint[], pixels: [number, number][], side: (p: ScatterPoint) => string): [number, number][] {
  const offsets: [number, number][] = points.map(() => [0, 0]);
  // The highlighted dots themselves are kept clear too.
  const placed = pixels.map(([x, y]) => ({ x1: x - 7, x2: x + 7, y1: y - 7, y2: y + 7 }));
  const order = points.map((_, i) => i).sort((a, b) => (pixels[a]?.[1] ?? 0) - (pixels[b]?.[1] ?? 0));
  for (const i of order) {
    const point = points[i] as ScatterPoint;
    const [x, y] = pixels[i] ?? [0, 0];
    const width = (point.label?.length ?? 0) * CHAR_WIDTH;
    const x1 = side(point) === "left" ? x - 10 - width : x + 10;
    const x2 = x1 + width;
    for (let step = 0; step < 12; step++) {
      const dy = (step % 2 === 0 ? 1 : -1) * Math.ceil(step / 2) * LINE_HEIGHT;
      const y1 = y + dy - LINE_HEIGHT / 2;
      const y2 = y1 + LINE_HEIGHT;
      if (placed.some((r) => r.x1 < x2 && x1 < r.x2 && r.y1 < y2 && y1 < r.y2)) continue;
      placed.push({ x1, x2, y1, y2 });
      offsets[i] = [0, dy];
      break;
    }
  }
  return offsets;
}

export function renderScatterChartPng(options: ScatterChartOptions): Buffer {
  return svgToPng(scatterChartSvg(options));
}
