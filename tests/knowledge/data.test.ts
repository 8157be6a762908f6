import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/knowledge/knowledge-base.js";

const kb = loadKnowledgeBase();
const fact = (id: string) => {
  const found = kb.factById.get(id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
};

describe("knowledge data: the reference's rules", () => {
  it("stores every claim of the article (reference section A) as the article's claim", () => {
    const articleFacts = kb.facts.filter((f) => f.sourceIds.includes("ensigame-article"));
    expect(articleFacts.every((f) => f.claimType === "press_report")).toBe(true);
    // A1–A10: ten claims, each stored (A3 as techniques, A4 fleet, A9 R1 $5M …).
    expect(articleFacts.map((f) => f.id).sort()).toEqual(
      [
        "article-v3-6m",
        "article-v3-cost-scope",
        "article-techniques",
        "article-fleet",
        "article-opex",
        "article-salaries",
        "article-self-funded",
        "article-investment",
        "article-r1-5m",
        "article-conclusion",
      ].sort(),
    );
  });

  it("tells the primary figure next to each article claim it disagrees with, both ways", () => {
    const pairs = [
      ["article-v3-6m", "v3-training-cost"],
      ["article-r1-5m", "r1-training-cost"],
      ["article-investment", "ds-hardware-spend"],
      ["article-fleet", "ds-fleet"],
    ] as const;
    for (const [article, primary] of pairs) {
      expect(fact(article).related).toContain(primary);
      expect(fact(primary).related).toContain(article);
    }
  });

  it("keeps the key figures of the reference", () => {
    const value = (id: string) => fact(id).value;
    expect(value("v3-training-cost")).toBe(5_576_000);
    expect(value("article-v3-6m")).toBe(6_000_000);
    expect(value("v3-gpu-hours")).toBe(2_788_000);
    expect(value("v3-cluster")).toBe(2048);
    expect(value("v3-price-assumption")).toBe(2);
    expect(value("r1-training-cost")).toBe(294_000);
    expect(value("gpt4-altman")).toBe(100e6);
    expect(value("gpt4-ai-index")).toBe(78.35e6);
    expect(value("llama-405b-gpu-hours")).toBe(30.84e6);
    expect(value("ds-capex")).toBe(1.6e9);
  });

  it("gives a date to every fact whose source has one", () => {
    for (const f of kb.facts.filter((x) => x.asOf === null)) {
      const dated = f.sourceIds.map((id) => kb.sourceById.get(id)!).filter((s) => s.date !== null);
      expect(dated, f.id).toEqual([]);
    }
  });
});

/** Every text a reader sees of a fact, both languages. */
const textsOf = (id: string) => {
  const f = fact(id);
  return [f.text, f.caveat, f.costMethod].flatMap((b) => (b ? [b.ru, b.en] : []));
};

describe("knowledge data: corrections (issue 11, part 4)", () => {
  it("says the $5.576M behind “$6M” is the whole final run, not pre-training only", () => {
    const { ru, en } = fact("article-v3-6m").caveat!;
    expect(en).toMatch(/whole final run/);
    expect(en).toMatch(/pre-training \(2,664K GPU-hours\), context extension \(119K\) and post-training \(5K\)/);
    expect(ru).toMatch(/весь финальный прогон/);
    expect(ru).toMatch(/расширение контекста \(119 тыс\.\) и пост-обучение \(5 тыс\.\)/);
    // The article's own claim (A2) stays the article's, with the correction next to it.
    expect(fact("article-v3-cost-scope").caveat?.en).toMatch(/Not pre-training only/);
  });

  it("never calls the R1 figure peer-reviewed: it is in the supplementary material of a Nature paper", () => {
    for (const f of kb.facts) {
      for (const text of textsOf(f.id)) expect(text, f.id).not.toMatch(/peer[- ]?review|рецензир/i);
    }
    const { ru, en } = fact("r1-training-cost").caveat!;
    expect(en).toMatch(/supplementary material \(section B\.4\.4\) of DeepSeek's R1 paper in Nature 645 \(17 September 2025\)/);
    expect(ru).toMatch(/дополнительных материалах \(раздел B\.4\.4\).*Nature 645 \(17 сентября 2025 года\)/);
  });

  it("keeps vendor_spec for the maker's own figures: specs read on blogs or resellers' pages are press reports", () => {
    const MAKERS = /^(NVIDIA|AMD|Intel|Google|Huawei)\b/;
    for (const f of kb.facts.filter((x) => x.claimType === "vendor_spec")) {
      for (const id of f.sourceIds) expect(kb.sourceById.get(id)!.publisher, f.id).toMatch(MAKERS);
    }
    expect(fact("h200-specs").claimType).toBe("press_report");
    expect(fact("b200-specs").claimType).toBe("press_report");
  });

  it("calls a GPU cloud's estimate an analyst's, not research", () => {
    expect(fact("gpt3-lambda").claimType).toBe("analyst_estimate");
    expect(fact("gpt3-lambda").text.en).toMatch(/^The GPU cloud Lambda/);
  });

  it("gives the B200 HBM3e memory", () => {
    const { ru, en } = fact("b200-specs").text;
    for (const text of [ru, en]) {
      expect(text).toMatch(/HBM3e/);
      expect(text).not.toMatch(/HBM3(?!e)/);
    }
  });

  it("treats the $1.6B as SemiAnalysis' total server capex, never as what the GPUs are worth", () => {
    expect(fact("ds-capex").text.en).toMatch(/total server capital spending/);
    for (const f of kb.facts.filter((x) => /\$1[.,]6 ?(B|млрд)/.test(x.text.en + x.text.ru))) {
      const said = textsOf(f.id).join("\n");
      expect(said, f.id).toMatch(/server capital spending/);
      expect(said, f.id).toMatch(/not the value of the GPUs/);
      // A claim that the GPUs are worth it is only ever told as the article's.
      if (/worth about \$1\.6B/.test(f.text.en)) expect(f.text.en, f.id).toMatch(/the article says/);
    }
  });

  it("credits the $1.3M salaries to SemiAnalysis, where the figure comes from", () => {
    const f = fact("article-salaries");
    expect(f.sourceIds).toContain("semianalysis-deepseek-debates");
    expect(f.text.en).toMatch(/SemiAnalysis/);
    expect(f.text.ru).toMatch(/SemiAnalysis/);
  });

  it("dates every rental price: asOf, and the text says when", () => {
    const rentals = kb.facts.filter((f) => /rental|gpu_hour_price/.test(f.metric) || f.unit === "USD/GPU-hour");
    expect(rentals.map((f) => f.id)).toEqual(expect.arrayContaining(["h100-rental", "v3-price-assumption"]));
    for (const f of rentals) {
      expect(f.asOf, f.id).not.toBeNull();
      expect(f.text.en, f.id).toMatch(/\b(19|20)\d\d\b/);
      expect(f.text.ru, f.id).toMatch(/\b(19|20)\d\d\b/);
    }
  });

  it("links curated sources only to pages that exist: https URLs, or null where none was found", () => {
    // Epoch's rows keep the links its table gives, some of them http.
    for (const s of kb.sources) if (s.url !== null && !s.id.startsWith("epoch-")) expect(s.url, s.id).toMatch(/^https:\/\//);
    for (const id of ["wired-altman-gpt4", "semianalysis-gpt4", "lambda-gpt3", "nvidia-h100", "techspot-h100-price", "latent-space-h100"]) {
      expect(kb.sourceById.get(id)!.url, id).not.toBeNull();
    }
  });
});
