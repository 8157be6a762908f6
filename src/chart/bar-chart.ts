import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";

const require = createRequire(import.meta.url);
/** DejaVu Sans from the dejavu-fonts-ttf package (free licence): Cyrillic and Latin, never system fonts. */
const FONT_DIR = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONT_FILES = [join(FONT_DIR, "DejaVuSans.ttf"), join(FONT_DIR, "DejaVuSans-Bold.ttf")];
export const FONT_FAMILY = "DejaVu Sans";

export interface Bar {
  label: string;
  value: number;
  /** Text printed on the bar (the formatted value). */
  valueLabel: string;
  /** Highlighted bars stand out (e.g. DeepSeek against its peers). */
  highlight?: boolean;
}

export interface BarChartOptions {
  title: string;
  subtitle?: string;
  /** A line under the chart: the data's credit ("Data: Epoch AI, … CC BY 4.0"). */
  footer?: string;
  bars: Bar[];
  width?: number;
  height?: number;
}

export const CHART_WIDTH = 1000;
export const CHART_HEIGHT = 560;

/** A horizontal bar chart as SVG, drawn by Apache ECharts in server-side mode (no DOM, no canvas). */
export function barChartSvg({ title, subtitle, footer, bars, width = CHART_WIDTH, height = CHART_HEIGHT }: BarChartOptions): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    const ordered = [...bars].reverse(); // ECharts draws the first category at the bottom
    chart.setOption({
      animation: false,
      backgroundColor: "#ffffff",
      textStyle: { fontFamily: FONT_FAMILY },
      title: {
        text: title,
        subtext: subtitle ?? "",
        left: 20,
        top: 14,
        textStyle: { fontSize: 24, fontFamily: FONT_FAMILY },
        subtextStyle: { fontSize: 15, fontFamily: FONT_FAMILY, color: "#555" },
      },
      grid: { left: 36, right: 130, top: subtitle ? 100 : 70, bottom: footer ? 50 : 30, containLabel: true },
      graphic: footer ? [footerGraphic(footer, height)] : [],
      xAxis: { type: "value", axisLabel: { show: false }, splitLine: { show: false } },
      yAxis: {
        type: "category",
        data: ordered.map((b) => b.label),
        axisLabel: { fontSize: 16, fontFamily: FONT_FAMILY, color: "#222" },
        axisTick: { show: false },
      },
      series: [
        {
          type: "bar",
          barMaxWidth: 46,
          data: ordered.map((b) => ({ value: b.value, itemStyle: { color: b.highlight ? "#2f6fde" : "#9aa5b1" } })),
          label: {
            show: true,
            position: "right",
            fontSize: 17,
            fontWeight: "bold",
            fontFamily: FONT_FAMILY,
            formatter: (p: { dataIndex: number }) => ordered[p.dataIndex]?.valueLabel ?? "",
          },
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The credit line at the foot of a chart, small and grey, left-aligned with the title. */
export function footerGraphic(text: string, height: number) {
  return {
    type: "text",
    left: 20,
    top: height - 28,
    style: { text, fontSize: 13, fontFamily: FONT_FAMILY, fill: "#666" },
  };
}

/** SVG → raster with resvg and our bundled font only, so output is the same on every machine. */
export function svgToImage(svg: string): { width: number; height: number; pixels: Buffer; asPng: () => Buffer } {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    background: "#ffffff",
  });
  const image = resvg.render();
  return { width: image.width, height: image.height, pixels: image.pixels, asPng: () => image.asPng() };
}

/** SVG → PNG (see svgToImage). */
export function svgToPng(svg: string): Buffer {
  return svgToImage(svg).asPng();
}

export function renderBarChartPng(options: BarChartOptions): Buffer {
  return svgToPng(barChartSvg(options));
}
