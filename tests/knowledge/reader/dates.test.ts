import { describe, expect, it } from "vitest";
import { dateAgreement, extractDate } from "../../../src/knowledge/reader/dates.js";

describe("extractDate", () => {
  it("reads a date as precise as it is written, in either language", () => {
    expect(extractDate("р1 вышел 20 января 2025, верно?")).toEqual({ year: 2025, month: 1, day: 20, text: "20 января 2025" });
    expect(extractDate("R1 came out Jan 20, 2025?")).toMatchObject({ year: 2025, month: 1, day: 20 });
    expect(extractDate("вышел в марте 2025")).toMatchObject({ year: 2025, month: 3 });
    expect(extractDate("сша в 2023 запретили h800")).toEqual({ year: 2023, text: "в 2023" });
    expect(extractDate("in 2023 the US banned the H800")).toMatchObject({ year: 2023 });
  });

  it("reads no date where there is none: model versions and counts are not years", () => {
    expect(extractDate("llama 3.1 405b на 16 тыс h100")).toBeUndefined();
    expect(extractDate("2048 gpus")).toBeUndefined();
  });
});

describe("dateAgreement", () => {
  it("agrees to the precision both dates give", () => {
    expect(dateAgreement({ year: 2025, month: 1, day: 20, text: "" }, "2025-01-20")).toBe("same");
    expect(dateAgreement({ year: 2025, text: "" }, "2025-01-20")).toBe("same");
    expect(dateAgreement({ year: 2025, month: 1, text: "" }, "2025-01")).toBe("same");
    expect(dateAgreement({ year: 2025, month: 1, day: 22, text: "" }, "2025-01-20")).toBe("close");
    expect(dateAgreement({ year: 2025, month: 3, text: "" }, "2025-01-20")).toBe("differs");
    expect(dateAgreement({ year: 2024, text: "" }, "2025-01-20")).toBe("differs");
  });
});
