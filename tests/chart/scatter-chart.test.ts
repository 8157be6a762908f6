import { describe, expect, it } from "vitest";
import { pngSize } from "../helpers/png.js";
import { svgToImage } from "../../src/chart/bar-chart.js";
import {
  renderScatterChartPng,
  SCATTER_HEIGHT,
  SCATTER_WIDTH,
  scatterChartSvg,
  type ScatterChartOptions,
} from "../../src/chart/scatter-chart.js";

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
/** Pixels that are not white, in a band of rows. */
function inked(image: { width: number; pixels: Buffer }, fromRow: number, toRow: number): number {
  let count = 0;
  for (let y = fromRow; y < toRow; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if ((image.pixels[i] ?? 255) < 200 || (image.pixels[i + 1] ?? 255) < 200 || (image.pixels[i + 2] ?? 255) < 200) count++;
    }
  }
  return count;
}

const options: ScatterChartOptions = {
  title: "Стоимость обучения заметных моделей",
  subtitle: "финальный прогон, доллары 2023 года, логарифмическая шкала",
  footer: "Данные: Epoch AI, «Notable AI Models», лицензия CC BY 4.0, по состоянию на 2026-01-26.",
  points: [
    { date: "2017-06-12", value: 930 },
    { date: "2020-05-28", value: 4.3e6 },
    { date: "2023-03-15", value: 3.7e7, highlight: true, label: "1. GPT-4" },
    { date: "2025-02-17", value: 2.2e8, highlight: true, label: "2. Грок 3" },
    { date: "2025-02-27", value: 3.4e8, highlight: true, label: "3. GPT-4.5" },
  ],
  formatValue: (v) => `$${v}`,
  trend: { from: { date: "2017-06-12", value: 1e3 }, to: { date: "2025-02-27", value: 3e8 }, label: "×2,9 в год" },
};

describe("scatter chart", () => {
  it("renders a valid PNG of the expected size", () => {
    expect(pngSize(renderScatterChartPng(options))).toEqual({ width: SCATTER_WIDTH, height: SCATTER_HEIGHT });
    expect(pngSize(renderScatterChartPng({ ...options, width: 800, height: 500 }))).toEqual({ width: 800, height: 500 });
  });

  it("puts the title, labels, trend and credit in the picture", () => {
    const svg = scatterChartSvg(options);
    for (const text of ["Стоимость обучения заметных моделей", "1. GPT-4", "2. Грок 3", "×2,9 в год", "Данные: Epoch AI"])
      expect(svg).toContain(text);
  });

  it("draws Cyrillic glyphs (the bundled DejaVu font), not blanks", () => {
    const titleBand = [14, 44] as const;
    const withTitle = svgToImage(scatterChartSvg({ ...options, subtitle: "" }));
    const without = svgToImage(scatterChartSvg({ ...options, subtitle: "", title: " " }));
    const cyrillicOnly = svgToImage(scatterChartSvg({ ...options, subtitle: "", title: "Щука ёж жёлудь" }));
    expect(inked(withTitle, ...titleBand)).toBeGreaterThan(inked(without, ...titleBand) + 500);
    expect(inked(cyrillicOnly, ...titleBand)).toBeGreaterThan(inked(without, ...titleBand) + 300);
  });

  it("draws the years and powers of ten as axis labels, and copes with one point", () => {
    const svg = scatterChartSvg(options);
    expect(svg).toMatch(/>20(1[7-9]|2[0-5])</);
    expect(svg).toMatch(/>\$1000000</);
    const single = renderScatterChartPng({ title: "One", points: [{ date: "2024-01", value: 5, highlight: true, label: "x" }] });
    expect(pngSize(single).width).toBe(SCATTER_WIDTH);
  });

  it("ignores points it cannot place on a log axis", () => {
    const svg = scatterChartSvg({ ...options, points: [...options.points, { date: "2024-01-01", value: 0 }, { date: "bad", value: 3 }] });
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
});
