import { describe, expect, it } from "vitest";
import { formatCompactFigure, formatPowerOfTen } from "../../src/knowledge/number-format.js";

describe("formatPowerOfTen", () => {
  it("writes large figures as a power of ten in each language", () => {
    expect(formatPowerOfTen(3.4078e24, "en")).toBe("3.41×10²⁴");
    expect(formatPowerOfTen(3.4078e24, "ru")).toBe("3,41×10²⁴");
    expect(formatPowerOfTen(5.0000000001e25, "en")).toBe("5×10²⁵");
    expect(formatPowerOfTen(9.9996e22, "en")).toBe("1×10²³");
    expect(formatPowerOfTen(6.95e5, "en")).toBe("6.95×10⁵");
    expect(formatPowerOfTen(2.5e-3, "en")).toBe("2.5×10⁻³");
  });
});

describe("formatCompactFigure", () => {
  it("writes the same scale words the bot does", () => {
    expect(formatCompactFigure(5_576_000, "ru")).toBe("5,58 млн");
    expect(formatCompactFigure(5_576_000, "en")).toBe("5.58M");
    expect(formatCompactFigure(1.6e9, "ru")).toBe("1,6 млрд");
    expect(formatCompactFigure(339_957_479.9, "en")).toBe("340M");
  });
});
