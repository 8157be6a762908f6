import { describe, expect, it } from "vitest";
import { formatCompact, formatDate, formatNumber, formatUsd } from "../../../src/bot/locales/format.js";

describe("number formatting for the language", () => {
  it("formats money and counts the way each language writes them", () => {
    expect(formatUsd(5_576_000, "ru", 2)).toBe("$5,6 млн");
    expect(formatUsd(5_576_000, "en", 2)).toBe("$5.6M");
    expect(formatUsd(294_000, "ru")).toBe("$294 тыс.");
    expect(formatUsd(1.6e9, "en")).toBe("$1.6B");
    expect(formatCompact(14.8e12, "ru")).toBe("14,8 трлн");
    expect(formatNumber(2048, "en")).toBe("2,048");
    expect(formatNumber(2048, "ru")).toBe("2 048");
    expect(formatNumber(1e21, "en")).not.toMatch(/e/);
    expect(formatDate("2024-12-27", "en")).toBe("27 Dec 2024");
    expect(formatDate("2023-08", "en")).toBe("Aug 2023");
  });
});
