import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import {
  aliasIndex,
  EPOCH_COLUMNS,
  EPOCH_SOURCE_ID,
  EPOCH_TOPIC_ID,
  epochAttribution,
  epochSlug,
  factsFor,
  importEpochTable,
  isEpochFact,
  normalizeAlias,
  NOTES_MAX,
  parseEpochNumber,
  readEpochFiles,
  resolveAlias,
  shortenNotes,
  type EpochFiles,
  type EpochImport,
} from "../../src/knowledge/epoch.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { FactMatcher } from "../../src/knowledge/matcher.js";

const DIR = fileURLToPath(new URL("../../knowledge/epoch/", import.meta.url));

let files: EpochFiles;
let epoch: EpochImport;
/** The knowledge base as the bot loads it, Epoch's table included. */
let kb: KnowledgeBase;
/** The curated data alone: the knowledge base without the table's facts and subjects. */
let plain: KnowledgeBase;
let SUBJECTS: KnowledgeBase["subjects"];
let CONCEPTS: Record<string, string[]>;
let STOPWORDS: Set<string>;
let rows: Record<string, string>[];

beforeAll(() => {
  kb = loadKnowledgeBase();
  files = readEpochFiles(DIR);
  // The curated data is what the loader read before the table: subjects and facts that are not the table's.
  const importedOnce = importEpochTable(files.csvText, { curatedSubjects: [], asOf: files.asOf, data: files.data });
  const tableIds = new Set(importedOnce.subjects.map((s) => s.id));
  SUBJECTS = kb.subjects.filter((s) => !tableIds.has(s.id) || s.epochModels !== undefined);
  epoch = importEpochTable(files.csvText, { curatedSubjects: SUBJECTS, asOf: files.asOf, data: files.data });
  plain = { ...kb, facts: kb.facts.filter((f) => !isEpochFact(f)), subjects: SUBJECTS };
  CONCEPTS = kb.lexicon.concepts;
  STOPWORDS = new Set(kb.lexicon.stopwords);
  rows = parse<Record<string, string>>(files.csvText, { columns: true, bom: true });
});

const factsOf = (subject: string, metric?: string) => kb.facts.filter((f) => f.subject === subject && (!metric || f.metric === metric));
/** The Model cell as the importer reads it, whitespace collapsed: a trailing line break ("Solar Open 100B"), a no-break space ("ALLaM adapted 70B"). */
const modelCell = (row: Record<string, string>) => (row.Model ?? "").replace(/\s+/g, " ").trim();

describe("Epoch AI table: the rows", () => {
  it("reads the snapshot of 2026-01-26 with all 976 rows", () => {
    expect(files.asOf).toBe("2026-01-26");
    expect(rows).toHaveLength(976);
  });

  it("imports every row, as a subject of its own or under the curated subject that stands for it, or lists it as skipped", () => {
    const curatedRows = new Map(SUBJECTS.flatMap((s) => (s.epochModels ?? []).map((m) => [m, s.id] as const)));
    const subjectNames = new Set(epoch.subjects.map((s) => s.name.en));
    const wholeRowsSkipped = new Set(epoch.skipped.filter((s) => s.column === undefined).map((s) => s.row));
    const unaccounted = rows.filter(
      (row, i) => !subjectNames.has(modelCell(row)) && !curatedRows.has(modelCell(row)) && !wholeRowsSkipped.has(i + 1),
    );
    expect(unaccounted.map(modelCell)).toEqual([]);
    expect(epoch.subjects.length + curatedRows.size + wholeRowsSkipped.size).toBe(976);
    expect(epoch.warnings).toEqual([]);
  });

  it("lists the few cells it could not read, each with a reason", () => {
    console.log(`Epoch import: ${epoch.skipped.length} skipped cells`, epoch.skipped);
    expect(epoch.skipped.length).toBeLessThanOrEqual(10);
    for (const s of epoch.skipped) {
      expect(s.reason).toMatch(/\w/);
      expect(s.model).not.toBe("");
    }
    // Three dataset sizes hold two figures each ("2260275840,2290000001"): neither is taken.
    expect(epoch.skipped.map((s) => s.model)).toContain("AbLang (heavy sequences)");
    expect(factsOf("ablang-heavy-sequences", "training_tokens")).toEqual([]);
  });

  it("treats Epoch's 0 as not estimated: no fact (only the hardware acquisition cost column holds zeros)", () => {
    expect(epoch.zeroCells.length).toBeGreaterThan(0);
    expect(new Set(epoch.zeroCells.map((z) => z.column))).toEqual(new Set(["Hardware acquisition cost"]));
    expect(factsOf("deepseek-v3", "hardware_acquisition_cost")).toEqual([]);
  });

  it("gives no fact for an empty cell", () => {
    // GPT-4o (Aug 2024): every figure column is empty.
    expect(factsOf("gpt-4o-aug-2024").filter(isEpochFact)).toEqual([]); // its API price is a curated market fact
    // Gemini 1.0 Pro: only the hardware is given (Google TPU v4).
    expect(factsOf("gemini-1.0-pro").map((f) => f.metric)).toEqual(["hardware"]);
    // DeepSeek-V3: no training time in the table, so none here.
    const row = rows.find((r) => modelCell(r) === "DeepSeek-V3")!;
    expect(row["Training time (hours)"]).toBe("");
    expect(factsOf("deepseek-v3", "training_time").filter(isEpochFact)).toEqual([]);
    // Claude 3 Sonnet: notes on the cost but no figure: no fact, the notes alone are no estimate.
    expect(factsOf("claude-3-sonnet")).toEqual([]);
  });

  it("parses a row whose cells hold line breaks and commas as one row", () => {
    const index = rows.findIndex((r) => modelCell(r) === "Falcon-180B");
    const row = rows[index]!;
    expect(row["Compute cost notes"]).toMatch(/\n/);
    expect(row["Compute cost notes"]).toMatch(/,/);
    expect(modelCell(rows[index + 1]!)).not.toMatch(/^"|GPUs/);
    expect(epoch.subjects.filter((s) => s.name.en === "Falcon-180B")).toHaveLength(1);
    const cost = factsOf("falcon-180b", "training_cost")[0]!;
    expect(cost.value).toBeCloseTo(10_743_500.87, 1);
    expect(cost.notes).toMatch(
      /^From Hugging Face: "Falcon-180B was trained on up to 4,096 A100 40GB GPUs, using a 3D parallelism strategy/,
    );
  });

  it("parses a multi-line, comma-holding quoted cell as one row (small table)", () => {
    const header = EPOCH_COLUMNS;
    const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    const line = (cells: Record<string, string>) => header.map((c) => quote(cells[c] ?? "")).join(",");
    const csv = [
      header.map(quote).join(","),
      line({
        Model: "Test Model 7B\n",
        Organization: "Lab A,Lab B",
        "Publication date": "2024-05-01",
        Domain: "Language",
        "Training compute (FLOP)": "1.2e+23",
        "Training compute notes": 'First line, with a comma\nsecond line, "quoted", and more',
        Confidence: "Likely",
        Link: "https://example.org/paper\nhttps://example.org/other",
      }),
      line({ Model: "Next Model", "Publication date": "2024-06-01", Parameters: "7000000000.0" }),
    ].join("\n");
    const result = importEpochTable(csv, { curatedSubjects: [], asOf: "2026-01-26", data: files.data });
    expect(result.subjects.map((s) => s.id)).toEqual(["test-model-7b", "next-model"]);
    expect(result.subjects[0]!.organization).toBe("Lab A, Lab B");
    const compute = result.facts.find((f) => f.metric === "training_compute")!;
    expect(compute.value).toBe(1.2e23);
    expect(compute.notes).toBe('First line, with a comma second line, "quoted", and more');
    expect(result.sources.find((s) => s.id === "epoch-row-test-model-7b")?.url).toBe("https://example.org/paper");
    expect(result.facts.filter((f) => f.subject === "next-model").map((f) => f.metric)).toEqual(["parameters"]);
  });
});

describe("Epoch AI table: subjects, facts and sources", () => {
  it("passes the schemas and the knowledge base's cross-checks together with the curated data", () => {
    console.log(`Epoch import: ${epoch.subjects.length} subjects, ${epoch.facts.length} facts, ${epoch.sources.length} sources`);
    expect(kb.facts.length).toBe(plain.facts.length + epoch.facts.length);
    expect(kb.subjects.length).toBe(plain.subjects.length + epoch.subjects.length);
    expect(kb.topics.map((t) => t.id)).toContain(EPOCH_TOPIC_ID);
  });

  it("names subjects by the slug rule", () => {
    expect(epochSlug("GPT-4o (Aug 2024)")).toBe("gpt-4o-aug-2024");
    expect(epochSlug("Llama 3.1-405B")).toBe("llama-3.1-405b");
    expect(epochSlug("o1")).toBe("o1");
    expect(epochSlug("Solar Open 100B\n")).toBe("solar-open-100b");
    const solar = kb.subjectById.get("solar-open-100b")!;
    expect(solar).toMatchObject({ name: { en: "Solar Open 100B" }, kind: "model", organization: "Upstage", date: "2025-12-31" });
  });

  it("stores figures as finite positive numbers, never 0, NaN or Infinity", () => {
    const epochFacts = kb.facts.filter(isEpochFact);
    expect(epochFacts.length).toBe(epoch.facts.length);
    for (const fact of epochFacts) {
      if (fact.metric === "hardware") {
        expect(fact.value).toBeUndefined();
        continue;
      }
      expect(Number.isFinite(fact.value) && (fact.value as number) > 0, fact.id).toBe(true);
      for (const v of Object.values(fact.details ?? {})) if (typeof v === "number") expect(Number.isFinite(v) && v > 0, fact.id).toBe(true);
    }
  });

  it("uses the measure names and units of the issue", () => {
    const units = new Map<string, Set<string | undefined>>();
    for (const f of epoch.facts) units.set(f.metric, (units.get(f.metric) ?? new Set()).add(f.unit));
    expect(Object.fromEntries([...units].map(([m, u]) => [m, [...u].sort()]))).toEqual({
      training_cost: ["USD"],
      training_cost_cloud: ["USD"],
      training_cost_upfront: ["USD"],
      hardware_acquisition_cost: ["USD"],
      training_compute: ["FLOP"],
      hardware: [undefined],
      gpu_count: ["chips"],
      training_time: ["hours"],
      parameters: ["parameters"],
      // Outside language, Epoch counts data points (images, samples…), not tokens.
      training_tokens: ["datapoints", "tokens"],
    });
  });

  it("marks every figure as Epoch's research estimate, dated to the snapshot, sourced to the dataset and the row", () => {
    for (const fact of kb.facts.filter(isEpochFact)) {
      expect(fact.claimType).toBe("research_estimate");
      expect(fact.asOf).toBe("2026-01-26");
      expect(fact.sourceIds[0]).toBe(EPOCH_SOURCE_ID);
      expect(fact.topic).toBe(EPOCH_TOPIC_ID);
      expect(fact.phrasings).toEqual({ ru: [], en: [] });
      expect(fact.answersQuestions).toBe(true);
      for (const lang of ["ru", "en"] as const) expect(fact.text[lang]).not.toMatch(/[{}∞]|NaN|undefined/);
    }
    expect(kb.sourceById.get(EPOCH_SOURCE_ID)).toEqual({
      id: EPOCH_SOURCE_ID,
      publisher: "Epoch AI",
      title: "Notable AI Models",
      url: "https://epoch.ai/data/notable-ai-models",
      date: "2026-01-26",
      short: "Epoch AI",
    });
  });

  it("tells Epoch's figure with its confidence, notes and the caveat on what the cost measures", () => {
    const cost = factsOf("grok-3", "training_cost")[0]!;
    expect(cost.value).toBeCloseTo(217_835_545.53, 1);
    expect(cost.confidence).toBe("likely");
    expect(cost.text.en).toBe(
      "Epoch AI estimates the compute cost of the final training run of Grok 3 at $218M (in 2023 dollars). Epoch AI rates this estimate “likely”.",
    );
    expect(cost.text.ru).toContain("$218 млн");
    expect(cost.text.ru).toContain("«вероятная»");
    expect(cost.caveat?.en).toMatch(/final training run.*2023 prices.*amortised.*energy.*not in it/);
    expect(cost.related.sort()).toEqual([
      "epoch-grok-3-hardware-acquisition-cost",
      "epoch-grok-3-training-cost-cloud",
      "epoch-grok-3-training-cost-upfront",
    ]);
    expect(cost.details).toMatchObject({ gpus: 80_000, gpuModel: "NVIDIA H100 SXM5 80GB", gpuHours: 80_000 * 2160, flop: 3.5e26 });
    expect(factsOf("grok-3", "training_compute")[0]!.notes).toMatch(/^Estimate based on a cluster of 80,000 H100s/);
    expect(factsOf("grok-3", "training_compute")[0]!.text.en).toContain("3.5×10²⁶ FLOP");
    expect(factsOf("grok-3", "gpu_count")[0]!.text.ru).toBe(
      "По таблице Epoch AI, число ускорителей (NVIDIA H100 SXM5 80GB) для обучения Grok 3: 80 000.",
    );
    expect(factsOf("grok-3", "gpu_count")[0]!.confidence).toBeUndefined();
  });

  it("shortens notes to about 300 characters on one line", () => {
    const long = "Word ".repeat(100) + "end.";
    expect(shortenNotes(long)!.length).toBeLessThanOrEqual(NOTES_MAX + 2);
    expect(shortenNotes(long)).toMatch(/Word…$/);
    expect(shortenNotes("First sentence is here. ".repeat(20))).toMatch(/here\. …$/);
    expect(shortenNotes("  \n ")).toBeUndefined();
    for (const fact of epoch.facts) {
      if (!fact.notes) continue;
      expect(fact.notes.length).toBeLessThanOrEqual(NOTES_MAX + 2);
      expect(fact.notes).not.toMatch(/\s{2}|\n/);
    }
  });

  it("makes a row's own source from its first valid link, its reference and organisation", () => {
    const gpt5 = kb.sourceById.get("epoch-row-gpt-5")!;
    expect(gpt5).toMatchObject({
      url: "https://cdn.openai.com/gpt-5-system-card.pdf",
      publisher: "OpenAI",
      date: expect.stringMatching(/^2025-/),
    });
    for (const source of epoch.sources) if (source.url) expect(source.url).toMatch(/^https?:\/\/\S+$/);
    // A link without its scheme is not guessed at.
    const bare = rows.find((r) => r.Link === "arxiv.org/abs/2501.14818")!;
    const bareSource = kb.sourceById.get(`epoch-row-${epochSlug(modelCell(bare))}`);
    if (bareSource) expect(bareSource.url).toBeNull();
  });

  it("parses numbers carefully", () => {
    expect(parseEpochNumber("3.4078e+24")).toEqual({ kind: "number", value: 3.4078e24 });
    expect(parseEpochNumber("5.0000000000001e+26")).toEqual({ kind: "number", value: 5.0000000000001e26 });
    expect(parseEpochNumber("2048.0")).toEqual({ kind: "number", value: 2048 });
    expect(parseEpochNumber("1,234,567")).toEqual({ kind: "number", value: 1_234_567 });
    expect(parseEpochNumber(" ")).toEqual({ kind: "empty" });
    expect(parseEpochNumber("0.0")).toEqual({ kind: "zero" });
    expect(parseEpochNumber("2260275840,2290000001").kind).toBe("invalid");
    expect(parseEpochNumber("about 5M").kind).toBe("invalid");
    expect(parseEpochNumber("1e999").kind).toBe("invalid");
    expect(parseEpochNumber("-5").kind).toBe("invalid");
  });

  it("gives the dataset's credit line with its licence and date", () => {
    expect(epochAttribution(files.data.dataset, "en")).toBe(
      "Data: Epoch AI, “Notable AI Models” (https://epoch.ai/data/notable-ai-models), licensed CC BY 4.0, as of 2026-01-26.",
    );
    const readme = readFileSync(`${DIR}README.md`, "utf8");
    expect(readme).toContain(files.asOf);
    expect(readme).not.toMatch(/\.\.\/shared/);
  });
});

describe("Epoch AI table: curated subjects keep priority", () => {
  it("attaches the rows a curated subject stands for to it, with no subject of their own", () => {
    for (const id of [
      "deepseek-v3",
      "gpt-4",
      "gemini-ultra",
      "llama-3.1-405b",
      "gpt-3",
      "claude-3.5-sonnet",
      "palm-540b",
      "llama-2-70b",
      "deepseek-r1",
    ]) {
      expect(factsOf(id).some(isEpochFact), id).toBe(true);
    }
    expect(epoch.subjects.map((s) => s.id)).not.toContain("gpt-4-mar-2023");
    // R1's later update is a model of its own.
    expect(kb.subjectById.get("deepseek-r1-may-2025")?.family).toBe("DeepSeek-R1");
  });

  it("tells DeepSeek's own $5.576M first and Epoch's estimate after it, both kept", () => {
    const facts = factsFor(kb.facts, "deepseek-v3", "training_cost");
    expect(facts[0]!.id).toBe("v3-training-cost");
    expect(facts[0]!.value).toBe(5_576_000);
    const epochCost = facts.find(isEpochFact)!;
    expect(epochCost.value).toBe(5_390_000);
    expect(epochCost.notes).toContain("$5.576M 2024 USD = $5.39M 2023 USD");
    const firstEpoch = facts.findIndex(isEpochFact);
    expect(facts.slice(firstEpoch).every(isEpochFact)).toBe(true);
    expect(facts.slice(0, firstEpoch).some(isEpochFact)).toBe(false);
  });

  it("keeps every curated fact and the matcher's answers as they were", () => {
    for (const fact of plain.facts) expect(kb.factById.get(fact.id)).toEqual(fact);
    const before = new FactMatcher(plain);
    const after = new FactMatcher(kb);
    for (const q of ["сколько стоило обучение DeepSeek V3", "how much did GPT-4 cost to train", "курс доллара"]) {
      expect(after.rank(q).map((s) => [s.fact.id, s.score])).toEqual(before.rank(q).map((s) => [s.fact.id, s.score]));
    }
  });
});

describe("Epoch AI table: names people type", () => {
  const cases: [string, string, string?][] = [
    ["llama 3.1 405b", "llama-3.1-405b"],
    ["Llama-3.1-405B", "llama-3.1-405b"],
    ["llama3.1 405b", "llama-3.1-405b"],
    ["лама 3.1 405б", "llama-3.1-405b"],
    ["GPT-4 (Mar 2023)", "gpt-4"],
    ["GPT-4", "gpt-4"],
    // None of the five GPT-4o rows has a figure in this snapshot: the bare name goes to the newest.
    ["gpt 4o", "gpt-4o-mar-2025", "GPT-4o"],
    ["gpt-4o", "gpt-4o-mar-2025", "GPT-4o"],
    ["GPT-4o (Aug 2024)", "gpt-4o-aug-2024"],
    ["грок 3", "grok-3"],
    ["Grok-3", "grok-3"],
    ["клод 3.7 сонет", "claude-3.7-sonnet"],
    ["claude 3.7 sonnet", "claude-3.7-sonnet"],
    ["джемини 1.0 ультра", "gemini-ultra"],
    ["Gemini 1.0 Ultra", "gemini-ultra"],
    ["лама 4 бегемот", "llama-4-behemoth-preview", "Llama 4 Behemoth"],
    ["мистраль лардж", "mistral-large"],
    ["o1", "o1"],
    ["Megatron-LM", "megatron-lm-8.3b", "Megatron-LM"],
    ["DeepSeek-R1", "deepseek-r1"],
  ];
  let index: ReturnType<typeof aliasIndex>;
  beforeAll(() => {
    index = aliasIndex(kb.subjects, epoch.families);
  });

  it.each(cases)("%s → %s", (typed, subjectId, family) => {
    expect(resolveAlias(index, typed)).toEqual(family ? { subjectId, family } : { subjectId });
  });

  it("records how a family name was resolved, so the answer can name the version", () => {
    const gpt4o = epoch.families.find((f) => f.family === "GPT-4o")!;
    expect(gpt4o.members).toHaveLength(5);
    expect(gpt4o.members.every((m) => m.figures === 0)).toBe(true);
    expect(gpt4o).toMatchObject({ chosen: { subjectId: "gpt-4o-mar-2025", model: "GPT-4o (Mar 2025)" }, rule: "newest of equal figures" });
    expect(epoch.families.find((f) => f.family === "Megatron-LM")).toMatchObject({
      chosen: { model: "Megatron-LM (8.3B)" },
      rule: "most figures",
    });
    expect(epoch.families.find((f) => f.family === "GPT-4")).toMatchObject({ chosen: { subjectId: "gpt-4" }, rule: "curated" });
  });

  it("normalises case, ё, spaces and hyphens", () => {
    expect(normalizeAlias("Llama-3.1-405B")).toBe("llama 3.1 405 b");
    expect(normalizeAlias("llama3.1  405b")).toBe("llama 3.1 405 b");
    expect(normalizeAlias("Ёлка-2")).toBe("елка 2");
  });

  it("never gives a common word, a bare brand or one subject's alias to another", () => {
    expect(resolveAlias(index, "transformer")).toBeUndefined();
    expect(resolveAlias(index, "dropout")).toBeUndefined();
    // Bare brand names stay with the curated subjects that had them; Epoch's "Claude" row is found by name and year.
    expect(resolveAlias(index, "claude")).toEqual({ subjectId: "claude-3.5-sonnet" });
    expect(resolveAlias(index, "claude 2023")).toEqual({ subjectId: "claude" });
    const conceptForms = new Set(Object.values(CONCEPTS).flat().map(normalizeAlias));
    const owners = new Map<string, Set<string>>();
    for (const subject of kb.subjects) {
      for (const alias of subject.aliases) {
        const key = normalizeAlias(alias);
        owners.set(key, (owners.get(key) ?? new Set()).add(subject.id));
      }
    }
    const epochIds = new Set(epoch.subjects.map((s) => s.id));
    const added = new Set(Object.values(epoch.curatedAliases).flat().map(normalizeAlias));
    for (const subject of epoch.subjects) {
      expect(subject.aliases.length, subject.id).toBeGreaterThan(0);
      for (const alias of subject.aliases) {
        const key = normalizeAlias(alias);
        expect(STOPWORDS.has(key), `${subject.id}: ${alias}`).toBe(false);
        expect(conceptForms.has(key), `${subject.id}: ${alias}`).toBe(false);
      }
    }
    for (const [key, ids] of owners) {
      if ([...ids].some((id) => epochIds.has(id)) || added.has(key)) expect([...ids], key).toHaveLength(1);
    }
  });
});
