import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { costFromFlop, FLOP_LIMITS, gpuHoursFromFlop } from "../../src/calc/flop.js";

const H100_BF16 = 989e12;

describe("FLOP → chip-hours (our calculation)", () => {
  it("divides compute by the chip's useful throughput", () => {
    // DeepSeek-V3: 3.4078×10²⁴ FLOP (Epoch AI) on H100-class chips at 40% of the BF16 peak.
    const result = gpuHoursFromFlop(3.4078e24, H100_BF16, 0.4);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toBeCloseTo(3.4078e24 / (H100_BF16 * 0.4) / 3600, 0);
    if (result.ok) expect(result.value).toBeCloseTo(2_393_000, -3);
  });

  it("prices the hours and says whose calculation it is, with every assumption", () => {
    const result = costFromFlop({
      flop: 3.8e25,
      chip: { name: "H100 SXM (BF16, dense)", peakFlops: H100_BF16 },
      utilisation: 0.4,
      pricePerChipHour: 2,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.claimType).toBe("our_calculation");
    expect(result.value.usd).toBeCloseTo(result.value.gpuHours * 2, 6);
    expect(result.value.assumptions.chip.name).toBe("H100 SXM (BF16, dense)");
  });

  it("is the inverse of FLOP = hours × 3600 × peak × utilisation, finite and positive for valid input", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e15, max: 1e28, noNaN: true }),
        fc.double({ min: 1e12, max: 1e16, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (flop, peak, utilisation) => {
          const result = gpuHoursFromFlop(flop, peak, utilisation);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(Number.isFinite(result.value) && result.value > 0).toBe(true);
          expect(Math.abs(result.value * 3600 * peak * utilisation - flop) / flop).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it("refuses what would give 0, NaN, Infinity or a negative figure", () => {
    expect(gpuHoursFromFlop(0, H100_BF16, 0.4)).toEqual({ ok: false, problems: [{ field: "flop", kind: "zero" }] });
    expect(gpuHoursFromFlop(Number.NaN, H100_BF16, 0.4)).toEqual({ ok: false, problems: [{ field: "flop", kind: "not_a_number" }] });
    expect(gpuHoursFromFlop(1e24, 0, 0.4)).toEqual({ ok: false, problems: [{ field: "peakFlops", kind: "zero" }] });
    expect(gpuHoursFromFlop(1e24, H100_BF16, 1.5)).toEqual({ ok: false, problems: [{ field: "utilization", kind: "too_large" }] });
    expect(gpuHoursFromFlop(1e24, H100_BF16, -0.1)).toEqual({ ok: false, problems: [{ field: "utilization", kind: "negative" }] });
    expect(gpuHoursFromFlop(FLOP_LIMITS.maxFlop * 10, H100_BF16, 0.4).ok).toBe(false);
    const priced = costFromFlop({ flop: 1e24, chip: { name: "H100", peakFlops: H100_BF16 }, utilisation: 0, pricePerChipHour: -2 });
    expect(priced.ok ? [] : priced.problems).toEqual([
      { field: "utilization", kind: "zero" },
      { field: "price", kind: "negative" },
    ]);
  });
});
