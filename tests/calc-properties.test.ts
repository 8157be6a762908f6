import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capex, computeEstimate, gpuHoursCost, LIMITS, runCost } from "../src/calc/cost.js";
import { parseCalcQuery } from "../src/calc/parse.js";
import { planCalculation } from "../src/calc/plan.js";
import { calcReferenceFrom } from "../src/calc/reference.js";
import { renderCalculation } from "../src/bot/render-calc.js";
import { loadKnowledgeBase } from "../src/knowledge/knowledge-base.js";
import { assertTelegramHtml } from "./helpers/harness.js";

const gpus = fc.integer({ min: 1, max: LIMITS.maxGpus });
const hours = fc.double({ min: 0.01, max: LIMITS.maxHours, noNaN: true });
const price = fc.double({ min: 0.01, max: LIMITS.maxPricePerHour, noNaN: true });
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);
const usdOf = (r: ReturnType<typeof runCost>) => (r.ok ? r.value.usd : Number.NaN);

describe("calculator invariants", () => {
  it("cost is linear in GPUs, hours and price", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0.1, max: 10_000, noNaN: true }),
        fc.double({ min: 0.1, max: 19, noNaN: true }),
        fc.integer({ min: 2, max: 50 }),
        (g, h, p, k) => {
          const base = usdOf(runCost(g, h, p));
          expect(close(usdOf(runCost(g * k, h, p)), k * base)).toBe(true);
          expect(close(usdOf(runCost(g, h * k, p)), k * base)).toBe(true);
          expect(close(usdOf(runCost(g, h, p * k)), k * base)).toBe(true);
        },
      ),
    );
  });

  it("is finite and non-negative for every valid input", () => {
    fc.assert(
      fc.property(gpus, hours, price, (g, h, p) => {
        const r = runCost(g, h, p);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(Number.isFinite(r.value.usd) && r.value.usd >= 0).toBe(true);
          expect(close(r.value.gpuHours, g * h)).toBe(true);
        }
      }),
    );
  });

  it("always rejects invalid input, naming the field", () => {
    const bad = fc.oneof(
      fc.constant(0),
      fc.double({ max: -1e-9, noNaN: true }),
      fc.constant(Number.NaN),
      fc.constant(Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(bad, hours, price, (g, h, p) => {
        const r = runCost(g, h, p);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.problems.map((x) => x.field)).toContain("gpus");
      }),
    );
    fc.assert(
      fc.property(gpus, fc.double({ min: LIMITS.maxHours * 1.01, max: 1e12, noNaN: true }), price, (g, h, p) => {
        const r = runCost(g, h, p);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.problems).toContainEqual({ field: "duration", kind: "too_large" });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: LIMITS.maxGpus + 1, max: 2 ** 40 }), hours, price, (g, h, p) => {
        expect(runCost(g, h, p).ok).toBe(false);
      }),
    );
    expect(gpuHoursCost(1000, -2).ok).toBe(false);
    expect(capex(0, 25_000).ok).toBe(false);
    expect(computeEstimate({ activeParameters: 37e9, tokens: 14.8e12, gpus: 2048, peakFlops: 989e12, utilization: 1.5 }).ok).toBe(false);
  });

  it("compute estimate: FLOPs = 6·N·D and time scales inversely with GPUs", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e6, max: 1e12, noNaN: true }),
        fc.double({ min: 1e6, max: 1e13, noNaN: true }),
        fc.integer({ min: 1, max: 100_000 }),
        (n, d, g) => {
          const one = computeEstimate({ activeParameters: n, tokens: d, gpus: g, peakFlops: 989e12, utilization: 0.4 });
          const two = computeEstimate({ activeParameters: n, tokens: d, gpus: g * 2, peakFlops: 989e12, utilization: 0.4 });
          if (!one.ok || !two.ok) return; // over 100 years: rejected, fine
          expect(close(one.value.flop, 6 * n * d)).toBe(true);
          expect(close(two.value.hours * 2, one.value.hours)).toBe(true);
          expect(close(one.value.gpuHours, two.value.gpuHours)).toBe(true);
        },
      ),
    );
  });

  it("reproduces DeepSeek's own arithmetic: 2.788M GPU-hours × $2 = $5.576M", () => {
    const r = gpuHoursCost(2_788_000, 2);
    expect(r.ok && r.value.usd).toBe(5_576_000);
  });
});

describe("parser and rendering on arbitrary text", () => {
  const kb = loadKnowledgeBase();
  const reference = calcReferenceFrom(kb);
  const fragments = fc.constantFrom(
    "4096",
    "4 096",
    "-5",
    "0",
    "1e309",
    "2,5",
    "4k",
    "1,5 млн",
    "NaN",
    "Infinity",
    "GPU",
    "H100",
    "видеокарт",
    "дней",
    "months",
    "часов",
    "$2/ч",
    "по $3",
    "GPU-hours",
    "в рублях",
    "в евро",
    "%",
    "параметров",
    "токенов",
    "and",
    "а если",
    "<b>",
    "&",
    " ",
    "😀",
  );
  const messages = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.array(fragments, { maxLength: 10 }).map((parts) => parts.join(" ")),
  );

  it("never throws, never yields NaN, Infinity, exponent notation or a negative price in an answer", () => {
    fc.assert(
      fc.property(messages, fc.constantFrom("ru" as const, "en" as const), (text, lang) => {
        const query = parseCalcQuery(text);
        for (const value of [query.gpus, query.price, query.gpuHours, query.parameters, query.tokens, query.unitPrice]) {
          if (value !== undefined) expect(Number.isFinite(value) && value > 0).toBe(true);
        }
        const outcome = query.problems.length
          ? ({ kind: "problems", problems: query.problems } as const)
          : planCalculation({ ...query }, reference);
        const answer = renderCalculation(outcome, reference, kb, lang).blocks.join("\n\n");
        expect(answer).not.toMatch(/NaN|Infinity|undefined|\de[+-]?\d|-\$|\$-/);
        assertTelegramHtml(answer);
        expect(answer.length).toBeLessThanOrEqual(4096);
      }),
      { numRuns: 500 },
    );
  });
});
