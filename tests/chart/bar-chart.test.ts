import { describe, expect, it } from "vitest";
import { barChartSvg, renderBarChartPng } from "../../src/chart/bar-chart.js";
import { pngSize } from "../helpers/png.js";

describe("bar chart", () => {
  it("renders a valid PNG of the expected size with Cyrillic labels and values on the bars", () => {
    const options = {
      title: "Стоимость обучения: DeepSeek V3 и GPT-4",
      bars: [
        { label: "DeepSeek V3 · DeepSeek", value: 5.576e6, valueLabel: "$5,576 млн", highlight: true },
        { label: "GPT-4 · Altman (Wired)", value: 100e6, valueLabel: "> $100 млн" },
      ],
    };
    const svg = barChartSvg(options);
    expect(svg).toContain("Стоимость обучения");
    expect(svg).toContain("$5,576 млн");
    expect(svg).toContain("&gt; $100 млн");
    expect(pngSize(renderBarChartPng(options))).toEqual({ width: 1000, height: 560 });
  });
});
