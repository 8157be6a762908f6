import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { load as parseYaml } from "js-yaml";
import { z } from "zod";
import { formatCompactFigure, formatPlainNumber, formatPowerOfTen } from "./number-format.js";
import { sourceSchema } from "./schema.js";
import type { Bilingual, Fact, FactInput, Lang, Source, SubjectInput, Topic } from "./schema.js";

/**
 * Epoch AI's "Notable AI Models" table (knowledge/epoch/) as subjects, facts and sources.
 *
 * `importEpochTable` is pure: it gets the CSV text and the data files already parsed, and returns
 * what the knowledge base loader (load.ts) adds to the curated data. Every model row
 * becomes a subject, or attaches to the curated subject that lists it in `epochModels`; every
 * non-empty figure becomes one fact, an Epoch research estimate; an empty cell gives no fact.
 * All wording comes from knowledge/epoch/templates.yaml and aliases.yaml, not from this file.
 */

export const EPOCH_SOURCE_ID = "epoch-notable-models";
/** After every curated topic (theirs run 10…90). */
const EPOCH_TOPIC_ORDER = 1000;
export const EPOCH_TOPIC_ID = "epoch-models";

export const EPOCH_METRICS = [
  "training_cost",
  "training_cost_cloud",
  "training_cost_upfront",
  "hardware_acquisition_cost",
  "training_compute",
  "hardware",
  "gpu_count",
  "training_time",
  "parameters",
  "training_tokens",
] as const;
export type EpochMetric = (typeof EPOCH_METRICS)[number];

type Unit = "USD" | "FLOP" | "chips" | "hours" | "parameters" | "tokens";

interface MetricColumn {
  column: string;
  /** The unit of a figure; a text cell (the hardware) has none. */
  unit?: Unit;
  /** Epoch's notes column that says how the figure was estimated. */
  notes?: string;
  /** Estimates carry the row's Confidence rating; reported facts (chips, hours, hardware) do not. */
  estimate: boolean;
}

/** Where each measure is in the table. Compute cost notes explain the 2023-USD figure only. */
const METRIC_COLUMNS: Record<EpochMetric, MetricColumn> = {
  training_cost: { column: "Training compute cost (2023 USD)", unit: "USD", notes: "Compute cost notes", estimate: true },
  training_cost_cloud: { column: "Training compute cost (cloud)", unit: "USD", estimate: true },
  training_cost_upfront: { column: "Training compute cost (upfront)", unit: "USD", estimate: true },
  hardware_acquisition_cost: { column: "Hardware acquisition cost", unit: "USD", estimate: true },
  training_compute: { column: "Training compute (FLOP)", unit: "FLOP", notes: "Training compute notes", estimate: true },
  hardware: { column: "Training hardware", estimate: false },
  gpu_count: { column: "Hardware quantity", unit: "chips", estimate: false },
  training_time: { column: "Training time (hours)", unit: "hours", notes: "Training time notes", estimate: false },
  parameters: { column: "Parameters", unit: "parameters", notes: "Parameters notes", estimate: true },
  training_tokens: { column: "Training dataset size (gradients)", unit: "tokens", notes: "Dataset size notes", estimate: true },
};

const COLUMNS = {
  model: "Model",
  organization: "Organization",
  date: "Publication date",
  domain: "Domain",
  confidence: "Confidence",
  link: "Link",
  reference: "Reference",
} as const;

/** Every column the importer reads: a refreshed table without one of them fails loudly. */
export const EPOCH_COLUMNS: readonly string[] = [
  ...Object.values(COLUMNS),
  ...new Set(Object.values(METRIC_COLUMNS).flatMap((c) => (c.notes ? [c.column, c.notes] : [c.column]))),
];

/** Notes are shortened to about this many characters, at a sentence or word boundary. */
export const NOTES_MAX = 300;

// ── Data files ───────────────────────────────────────────────────────────────

const text = z.string().trim().min(1);
const bilingualText = z.object({ ru: text, en: text }).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD");

const metricTemplate = z
  .object({
    text: bilingualText,
    caveat: bilingualText.optional(),
    costMethod: bilingualText.optional(),
    /** gpu_count when the hardware is known. */
    withHardware: bilingualText.optional(),
    /** training_time when it is two days or more. */
    withDays: bilingualText.optional(),
    /** training_tokens for models outside language, whose dataset Epoch counts in other units. */
    datapoints: bilingualText.optional(),
  })
  .strict();

/** knowledge/epoch/templates.yaml */
export const epochTemplatesSchema = z
  .object({
    topic: bilingualText,
    confidence: z
      .object({
        sentence: bilingualText,
        labels: z.object({ confident: bilingualText, likely: bilingualText, speculative: bilingualText, unknown: bilingualText }).strict(),
      })
      .strict(),
    metrics: z.record(z.enum(EPOCH_METRICS), metricTemplate),
  })
  .strict();
export type EpochTemplates = z.infer<typeof epochTemplatesSchema>;

const lowerWord = z.string().regex(/^[a-z0-9]+$/, "a lower-case Latin word");

/** knowledge/epoch/aliases.yaml */
export const epochAliasesSchema = z
  .object({
    brands: z.record(lowerWord, z.array(text).min(1)),
    words: z.record(lowerWord, z.array(text).min(1)),
    letters: z.record(z.string().regex(/^[a-z]$/, "one Latin letter"), text),
    ambiguous: z.array(text),
  })
  .strict();
export type EpochAliasTable = z.infer<typeof epochAliasesSchema>;

/** knowledge/epoch/dataset.yaml */
export const epochDatasetSchema = z
  .object({
    file: text,
    asOf: isoDate,
    source: z.object({ publisher: text, title: text, url: z.url(), short: text.max(24).optional() }).strict(),
    licence: z.object({ name: text, url: z.url() }).strict(),
    attribution: bilingualText,
  })
  .strict();
export type EpochDataset = z.infer<typeof epochDatasetSchema>;

export interface EpochData {
  templates: EpochTemplates;
  aliases: EpochAliasTable;
  dataset: EpochDataset;
}

// ── Results ──────────────────────────────────────────────────────────────────

/** A row, or one cell of a row, that gave nothing: never a silent drop. */
export interface SkippedRow {
  /** 1-based row of the table (the header is not counted). */
  row: number;
  model: string;
  column?: string;
  cell?: string;
  reason: string;
}

/** How a bare family name ("GPT-4o") resolves among the rows that share it. */
export interface EpochFamily {
  family: string;
  /** The subject the bare name resolves to; absent when the name is too common to be an alias. */
  chosen?: { subjectId: string; model: string; figures: number };
  /** Why that one: "curated", "exact name", "only row", "most figures", "newest of equal figures". */
  rule?: string;
  /** The bare-name aliases that resolve to `chosen` ("gpt-4o", "gpt 4o", "гпт 4о"…); pass the families to aliasIndex. */
  aliases: string[];
  members: { subjectId: string; model: string; date: string; figures: number }[];
}

export interface EpochImport {
  /** New subjects: rows no curated subject stands for. */
  subjects: SubjectInput[];
  facts: FactInput[];
  sources: Source[];
  topics: Topic[];
  skipped: SkippedRow[];
  /** Cells holding 0, which Epoch leaves where nothing was estimated (mostly hardware acquisition cost): no fact. */
  zeroCells: { row: number; model: string; column: string }[];
  /** Aliases generated from the rows a curated subject stands for ("gpt-4 (mar 2023)", "джемини 1.0 ультра"), by subject id. */
  curatedAliases: Record<string, string[]>;
  families: EpochFamily[];
  /** Cyrillic spellings of name words and the Latin word each stands for (from aliases.yaml). */
  nameForms: Map<string, string>;
  /** Problems with the curated `epochModels` lists (a name not in the table, a row listed twice). */
  warnings: string[];
}

export interface EpochImportOptions {
  curatedSubjects: readonly SubjectInput[];
  /** The snapshot date, as of which every imported figure is given (dataset.yaml's asOf). */
  asOf: string;
  data: EpochData;
}

// ── Small pure helpers ───────────────────────────────────────────────────────

/** The subject id rule: lower case, every run of characters other than [a-z0-9.] becomes "-", trimmed of "-". */
export function epochSlug(model: string): string {
  return model
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The key aliases are compared by: NFKC, lower case, ё → е, a space between letters and digits,
 * every other run of separators one space ("Llama-3.1-405B", "llama3.1 405b" → "llama 3.1 405 b").
 */
export function normalizeAlias(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, "$1$2 ")
    .split(/[^\p{L}\p{N}.+]+/u)
    .map((token) => token.replace(/^\.+|\.+$/g, ""))
    .filter(Boolean)
    .join(" ");
}

export type ParsedCell = { kind: "empty" } | { kind: "zero" } | { kind: "number"; value: number } | { kind: "invalid"; reason: string };

/** A numeric cell: "3.4078e+24", "2048.0", "1,234,567". Never 0, NaN or Infinity as a figure. */
export function parseEpochNumber(cell: string): ParsedCell {
  const raw = cell.trim();
  if (raw === "") return { kind: "empty" };
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw) ? raw.replace(/,/g, "") : raw;
  if (plain.includes(",")) return { kind: "invalid", reason: "several figures in one cell" };
  if (!/^\+?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(plain)) return { kind: "invalid", reason: "not a number" };
  const value = Number(plain);
  if (!Number.isFinite(value)) return { kind: "invalid", reason: "not a finite number" };
  if (value === 0) return { kind: "zero" };
  return { kind: "number", value };
}

/** Whitespace collapsed; beyond `max` characters, cut at a sentence end (or else a word) with "…". */
export function shortenNotes(notes: string, max = NOTES_MAX): string | undefined {
  const flat = notes.replace(/\s+/g, " ").trim();
  if (flat === "") return undefined;
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max);
  const sentenceEnd = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "));
  if (sentenceEnd >= max / 2) return `${head.slice(0, sentenceEnd + 1)} …`;
  const wordEnd = head.lastIndexOf(" ");
  const cut = wordEnd >= max / 2 ? head.slice(0, wordEnd) : head.slice(0, max - 1);
  return `${cut.replace(/[\s,;:(–-]+$/, "")}…`;
}

/** The first http(s) address of a Link cell (some hold several, one per line), or null. */
export function firstUrl(cell: string): string | null {
  for (const token of cell.split(/\s+/)) {
    if (!/^https?:\/\//i.test(token)) continue;
    if (sourceSchema.shape.url.safeParse(token).success) return token;
  }
  return null;
}

const clean = (value: string | undefined): string => (value ?? "").replace(/\s+/g, " ").trim();
/** "Google,TU Berlin" → "Google, TU Berlin". */
const listCell = (value: string | undefined): string =>
  clean(value)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .join(", ");

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** The name without a trailing "(…)" version: "GPT-4o (Aug 2024)" → "GPT-4o". */
export function familyOf(model: string): string | undefined {
  const base = model.replace(/\s*\([^()]*\)\s*$/, "").trim();
  return base && base !== model ? base : undefined;
}

/** How people type a name in Latin script: as written, spaced, hyphenated, first two parts glued. */
function latinVariants(name: string): string[] {
  const lower = name.toLowerCase().replace(/\s+/g, " ").trim();
  const parts = lower.split(/[^\p{L}\p{N}.+]+/u).filter(Boolean);
  const variants = new Set([lower, parts.join(" "), parts.join("-")]);
  const [first, second, ...rest] = parts;
  if (first && second && /[a-z]$/.test(first) && /^\d/.test(second)) variants.add([`${first}${second}`, ...rest].join(" "));
  return [...variants];
}

/** At most this many Cyrillic spellings of one name. */
const MAX_CYRILLIC_VARIANTS = 8;

/** Cyrillic spellings of a name that contains a known brand ("Grok 3" → "грок 3"); none otherwise. */
function cyrillicVariants(name: string, table: EpochAliasTable): string[] {
  const atoms = normalizeAlias(name).split(" ");
  if (!atoms.some((atom) => table.brands[atom])) return [];
  let combos: string[][] = [[]];
  for (const atom of atoms) {
    const forms = table.brands[atom] ?? table.words[atom] ?? [atom];
    combos = combos.flatMap((combo) => forms.map((form) => [...combo, form])).slice(0, MAX_CYRILLIC_VARIANTS / 2);
  }
  const out = new Set<string>();
  for (const combo of combos) {
    // Letters next to numbers ("405b", "4o") are written both ways: "лама 3.1 405б", "лама 3.1 405b".
    out.add(combo.map((atom) => table.letters[atom] ?? atom).join(" "));
    out.add(combo.join(" "));
  }
  return [...out];
}

const CONFIDENCE = { confident: "confident", likely: "likely", speculative: "speculative", unknown: "unknown" } as const;
type Confidence = (typeof CONFIDENCE)[keyof typeof CONFIDENCE];

function formatValue(metric: EpochMetric, value: number, lang: Lang): string {
  switch (METRIC_COLUMNS[metric].unit) {
    case "USD":
      return `$${formatCompactFigure(value, lang)}`;
    case "FLOP":
      return formatPowerOfTen(value, lang);
    case "chips":
      return formatPlainNumber(value, lang, 0);
    case "hours":
      return formatPlainNumber(value, lang, 1);
    default:
      return formatCompactFigure(value, lang);
  }
}

const bilingual = (make: (lang: Lang) => string): Bilingual => ({ ru: make("ru"), en: make("en") });

// ── The import ───────────────────────────────────────────────────────────────

interface Row {
  index: number;
  model: string;
  slug: string;
  /** The subject the row's facts belong to: a curated id or the row's own slug. */
  owner: string;
  curated: boolean;
  family?: string;
  date: string;
  facts: FactInput[];
}

interface Claim {
  key: string;
  aliases: string[];
  row: Row;
  /** 0: the row's own name; 1: its family name (a bare name shared by several rows). */
  rank: 0 | 1;
}

/**
 * Turns the table into subjects, facts and sources. Pure: no file access, no clock; the same input
 * gives the same output. Throws only when the table lacks a column the import reads.
 */
export function importEpochTable(csvText: string, options: EpochImportOptions): EpochImport {
  const { templates, aliases: aliasTable, dataset } = options.data;
  const { asOf } = options;
  const records = parseCsv<Record<string, string>>(csvText, { columns: true, bom: true, skip_empty_lines: true });
  const header = records[0] ? Object.keys(records[0]) : [];
  const missing = EPOCH_COLUMNS.filter((c) => !header.includes(c));
  if (records.length > 0 && missing.length > 0) throw new Error(`Epoch table lacks columns: ${missing.join(", ")}`);

  const skipped: SkippedRow[] = [];
  const zeroCells: EpochImport["zeroCells"] = [];
  const warnings: string[] = [];

  // Which curated subject stands for which row.
  const curatedByModel = new Map<string, string>();
  for (const subject of options.curatedSubjects) {
    for (const model of subject.epochModels ?? []) {
      const other = curatedByModel.get(model);
      if (other && other !== subject.id) warnings.push(`Epoch row "${model}" is listed by both ${other} and ${subject.id}`);
      else curatedByModel.set(model, subject.id);
    }
  }
  const curatedIds = new Set(options.curatedSubjects.map((s) => s.id));

  // Pass 1: names, ids and families.
  const rows: Row[] = [];
  const usedIds = new Set(curatedIds);
  records.forEach((record, i) => {
    const model = clean(record[COLUMNS.model]);
    if (!model) {
      skipped.push({ row: i + 1, model: "", reason: "no model name" });
      return;
    }
    const curated = curatedByModel.get(model);
    let slug = epochSlug(model) || "model";
    if (curated !== slug && usedIds.has(slug)) {
      let n = 2;
      while (usedIds.has(`${slug}-${n}`)) n++;
      slug = `${slug}-${n}`;
    }
    usedIds.add(slug);
    const date = clean(record[COLUMNS.date]);
    rows.push({ index: i + 1, model, slug, owner: curated ?? slug, curated: curated !== undefined, date, facts: [] });
  });
  for (const model of curatedByModel.keys()) {
    if (!rows.some((r) => r.model === model)) warnings.push(`Epoch row "${model}" (listed in epochModels) is not in the table`);
  }
  const familyKeys = new Map<string, string>();
  for (const row of rows) {
    const family = familyOf(row.model);
    if (family && !familyKeys.has(normalizeAlias(family))) familyKeys.set(normalizeAlias(family), family);
  }
  for (const row of rows) {
    row.family = familyKeys.get(normalizeAlias(familyOf(row.model) ?? row.model));
  }

  // Pass 2: facts and sources.
  const sources: Source[] = [];
  const usedSourceIds = new Set<string>([EPOCH_SOURCE_ID]);
  for (const row of rows) {
    const record = records[row.index - 1] as Record<string, string>;
    const rowSkip = (column: string, cell: string, reason: string) =>
      skipped.push({ row: row.index, model: row.model, column, cell, reason });

    const confidenceCell = clean(record[COLUMNS.confidence]).toLowerCase();
    let confidence: Confidence | undefined;
    if (confidenceCell in CONFIDENCE) confidence = CONFIDENCE[confidenceCell as keyof typeof CONFIDENCE];
    else if (confidenceCell) rowSkip(COLUMNS.confidence, confidenceCell, "unknown confidence rating");

    const numbers: Partial<Record<EpochMetric, number>> = {};
    for (const metric of EPOCH_METRICS) {
      const { column, unit } = METRIC_COLUMNS[metric];
      if (!unit) continue;
      const cell = record[column] ?? "";
      const parsed = parseEpochNumber(cell);
      if (parsed.kind === "number") numbers[metric] = parsed.value;
      else if (parsed.kind === "zero") zeroCells.push({ row: row.index, model: row.model, column });
      else if (parsed.kind === "invalid") rowSkip(column, clean(cell), parsed.reason);
    }
    const hardwareTypes = listCell(record[METRIC_COLUMNS.hardware.column]);
    const isLanguage = clean(record[COLUMNS.domain]).split(",").includes("Language");

    const details: NonNullable<FactInput["details"]> = {};
    if (numbers.gpu_count !== undefined && Number.isInteger(numbers.gpu_count)) details.gpus = numbers.gpu_count;
    if (hardwareTypes && !hardwareTypes.includes(",")) details.gpuModel = hardwareTypes;
    if (numbers.gpu_count !== undefined && numbers.training_time !== undefined)
      details.gpuHours = numbers.gpu_count * numbers.training_time;
    if (numbers.parameters !== undefined) details.parameters = numbers.parameters;
    if (numbers.training_tokens !== undefined && isLanguage) details.tokens = numbers.training_tokens;
    if (numbers.training_compute !== undefined) details.flop = numbers.training_compute;

    // The row's own source: its paper, model card or announcement.
    const url = firstUrl(record[COLUMNS.link] ?? "");
    const reference = clean(record[COLUMNS.reference]);
    const publisher = listCell(record[COLUMNS.organization]) || (url ? new URL(url).hostname.replace(/^www\./, "") : "");
    let rowSource: Source | undefined;
    if ((url || reference) && publisher) {
      const candidate = {
        id: `epoch-row-${row.slug}`,
        title: reference || row.model,
        publisher,
        url,
        date: /^\d{4}-\d{2}-\d{2}$/.test(row.date) ? row.date : null,
      };
      if (sourceSchema.safeParse(candidate).success) rowSource = candidate;
      else rowSkip(COLUMNS.link, clean(record[COLUMNS.link]), "the row's own source does not validate");
    }
    const sourceIds = rowSource ? [EPOCH_SOURCE_ID, rowSource.id] : [EPOCH_SOURCE_ID];

    for (const metric of EPOCH_METRICS) {
      const spec = METRIC_COLUMNS[metric];
      const template = templates.metrics[metric];
      const value = numbers[metric];
      if (spec.unit ? value === undefined : !hardwareTypes) continue;
      let unit: string | undefined = spec.unit;
      let pattern = template.text;
      const values = (lang: Lang): Record<string, string> => ({
        model: row.model,
        value: value === undefined ? hardwareTypes : formatValue(metric, value, lang),
        hardware: hardwareTypes,
        days: value === undefined ? "" : formatPlainNumber(value / 24, lang, 0),
      });
      if (metric === "gpu_count" && hardwareTypes && template.withHardware) pattern = template.withHardware;
      if (metric === "training_time" && value !== undefined && value >= 48 && template.withDays) pattern = template.withDays;
      if (metric === "training_tokens" && !isLanguage) {
        unit = "datapoints";
        if (template.datapoints) pattern = template.datapoints;
      }
      const rated = spec.estimate && confidence !== undefined ? confidence : undefined;
      const sentence = (lang: Lang): string => {
        const main = fill(pattern[lang], values(lang));
        if (!rated) return main;
        return `${main} ${fill(templates.confidence.sentence[lang], { label: templates.confidence.labels[rated][lang] })}`;
      };
      const notes = spec.notes ? shortenNotes(record[spec.notes] ?? "") : undefined;
      const fact: FactInput = {
        id: `epoch-${row.slug}-${metric.replace(/_/g, "-")}`,
        subject: row.owner,
        metric,
        ...(value !== undefined && unit ? { value, unit } : {}),
        ...(Object.keys(details).length ? { details: { ...details } } : {}),
        ...(rated ? { confidence: rated } : {}),
        ...(notes ? { notes } : {}),
        ...(template.costMethod ? { costMethod: template.costMethod } : {}),
        text: bilingual(sentence),
        claimType: "research_estimate",
        sourceIds,
        asOf,
        ...(template.caveat ? { caveat: template.caveat } : {}),
        topic: EPOCH_TOPIC_ID,
      };
      row.facts.push(fact);
    }
    // The cost figures of one row are told together: the 2023-USD estimate with its cloud and up-front prices.
    const costs = row.facts.filter((f) => f.unit === "USD");
    const main = costs.find((f) => f.metric === "training_cost");
    if (main && costs.length > 1) {
      main.related = costs.filter((f) => f !== main).map((f) => f.id);
      for (const other of costs) if (other !== main) other.related = [main.id];
    }
    if (rowSource && row.facts.length > 0 && !usedSourceIds.has(rowSource.id)) {
      usedSourceIds.add(rowSource.id);
      sources.push(rowSource);
    }
  }

  // Pass 3: aliases. Every alias key goes to one subject: curated aliases first, then a row's own
  // name, then the row with the most figures, then the newest, then the first in the table.
  const curatedKeys = new Map<string, string>();
  for (const subject of options.curatedSubjects) {
    for (const alias of subject.aliases) {
      const key = normalizeAlias(alias);
      if (key && !curatedKeys.has(key)) curatedKeys.set(key, subject.id);
    }
  }
  const ambiguous = new Set(aliasTable.ambiguous.map(normalizeAlias));
  const acceptable = (key: string): boolean =>
    key !== "" && !ambiguous.has(key) && !(/^\p{L}+$/u.test(key) && key.length <= 3) && !/^[\d.\s]+$/.test(key);

  const claimsByKey = new Map<string, Claim[]>();
  const claim = (row: Row, names: string[], rank: 0 | 1) => {
    const byKey = new Map<string, string[]>();
    for (const alias of names) {
      const key = normalizeAlias(alias);
      const list = byKey.get(key);
      if (list) list.push(alias);
      else byKey.set(key, [alias]);
    }
    for (const [key, list] of byKey) {
      if (!acceptable(key) || curatedKeys.has(key)) continue;
      const claims = claimsByKey.get(key);
      const entry: Claim = { key, aliases: list, row, rank };
      if (claims) claims.push(entry);
      else claimsByKey.set(key, [entry]);
    }
  };
  for (const row of rows) {
    claim(row, [...latinVariants(row.model), ...cyrillicVariants(row.model, aliasTable)], 0);
    if (row.family && normalizeAlias(row.family) !== normalizeAlias(row.model)) {
      claim(row, [...latinVariants(row.family), ...cyrillicVariants(row.family, aliasTable)], 1);
    }
  }
  const better = (a: Claim, b: Claim): boolean =>
    a.rank !== b.rank
      ? a.rank < b.rank
      : a.row.facts.length !== b.row.facts.length
        ? a.row.facts.length > b.row.facts.length
        : a.row.date !== b.row.date
          ? a.row.date > b.row.date
          : a.row.index < b.row.index;
  const aliasesByOwner = new Map<string, string[]>();
  const winners = new Map<string, Claim>();
  for (const [key, claims] of claimsByKey) {
    const winner = claims.reduce((best, c) => (better(c, best) ? c : best));
    winners.set(key, winner);
    const list = aliasesByOwner.get(winner.row.owner) ?? [];
    for (const alias of winner.aliases) if (!list.includes(alias)) list.push(alias);
    aliasesByOwner.set(winner.row.owner, list);
  }
  const usedKeys = new Set([...curatedKeys.keys(), ...winners.keys()]);

  const subjects: SubjectInput[] = [];
  for (const row of rows) {
    if (row.curated) continue;
    let aliases = aliasesByOwner.get(row.slug) ?? [];
    if (aliases.length === 0) {
      // Too common a name ("Transformer") or taken by a curated subject ("Claude"): name and year.
      const lower = row.model.toLowerCase();
      const fallback = [`${lower} ${row.date.slice(0, 4)}`, `${lower} ${row.date}`, row.slug].find((a) => !usedKeys.has(normalizeAlias(a)));
      aliases = [fallback ?? row.slug];
      usedKeys.add(normalizeAlias(aliases[0] as string));
    }
    const organization = listCell(records[row.index - 1]?.[COLUMNS.organization]);
    subjects.push({
      id: row.slug,
      name: { ru: row.model, en: row.model },
      kind: "model",
      aliases,
      ...(organization ? { organization } : {}),
      ...(/^\d{4}-\d{2}(-\d{2})?$/.test(row.date) ? { date: row.date } : {}),
      ...(row.family ? { family: row.family } : {}),
    });
  }
  const curatedAliases: Record<string, string[]> = {};
  for (const id of curatedIds) {
    const list = aliasesByOwner.get(id);
    if (list?.length) curatedAliases[id] = list;
  }

  // The record of how each family name resolves, so an answer can say which version it used.
  const familyAliases = new Map<string, string[]>();
  for (const winner of winners.values()) {
    if (winner.rank !== 1 || !winner.row.family) continue;
    familyAliases.set(winner.row.family, [...(familyAliases.get(winner.row.family) ?? []), ...winner.aliases]);
  }
  const families: EpochFamily[] = [];
  for (const [key, family] of familyKeys) {
    const members = rows.filter((r) => r.family === family);
    const winner = winners.get(key);
    const curatedOwner = curatedKeys.get(key);
    const chosenRow = winner?.row ?? (curatedOwner ? members.find((m) => m.owner === curatedOwner) : undefined);
    const entry: EpochFamily = {
      family,
      members: members.map((m) => ({ subjectId: m.owner, model: m.model, date: m.date, figures: m.facts.length })),
      aliases: familyAliases.get(family) ?? [],
    };
    if (curatedOwner) {
      entry.chosen = { subjectId: curatedOwner, model: chosenRow?.model ?? family, figures: chosenRow?.facts.length ?? 0 };
      entry.rule = "curated";
    } else if (winner) {
      entry.chosen = { subjectId: winner.row.owner, model: winner.row.model, figures: winner.row.facts.length };
      const rivals = members.filter((m) => m !== winner.row);
      entry.rule =
        winner.rank === 0
          ? "exact name"
          : rivals.length === 0
            ? "only row"
            : rivals.every((m) => m.facts.length < winner.row.facts.length)
              ? "most figures"
              : "newest of equal figures";
    }
    families.push(entry);
  }

  const facts = rows.flatMap((r) => r.facts);
  const datasetSource: Source = {
    id: EPOCH_SOURCE_ID,
    title: dataset.source.title,
    publisher: dataset.source.publisher,
    url: dataset.source.url,
    date: asOf,
    ...(dataset.source.short ? { short: dataset.source.short } : {}),
  };
  return {
    subjects,
    facts,
    sources: facts.length ? [datasetSource, ...sources] : [],
    // Listed after the curated topics in /facts: the table backs the answers, it is not the place to start browsing.
    topics: facts.length ? [{ id: EPOCH_TOPIC_ID, title: templates.topic, order: EPOCH_TOPIC_ORDER }] : [],
    skipped,
    zeroCells,
    curatedAliases,
    families,
    warnings,
    nameForms: nameFormsOf(aliasTable),
  };
}

/** Cyrillic word → the Latin word of model names it spells, from the brands, words and letters tables. */
function nameFormsOf(aliases: EpochData["aliases"]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const table of [aliases.brands, aliases.words]) {
    for (const [latin, spellings] of Object.entries(table)) for (const spelling of spellings) forms.set(spelling.toLowerCase(), latin);
  }
  for (const [latin, cyrillic] of Object.entries(aliases.letters)) forms.set(cyrillic.toLowerCase(), latin);
  return forms;
}

// ── Using the import ─────────────────────────────────────────────────────────

/** A fact imported from the table: its only sources are the dataset and the row. A curated fact may cite the dataset too. */
export const isEpochFact = (fact: Pick<Fact, "sourceIds">): boolean =>
  fact.sourceIds.includes(EPOCH_SOURCE_ID) && fact.sourceIds.every((id) => id === EPOCH_SOURCE_ID || id.startsWith("epoch-row-"));

/**
 * A subject's facts on one measure, curated first, then Epoch AI's: where both exist, both are
 * told (DeepSeek's own $5.576M and Epoch's estimate); neither replaces the other.
 */
export function factsFor<F extends Pick<Fact, "subject" | "metric" | "sourceIds">>(
  facts: readonly F[],
  subjectId: string,
  metric: string,
): F[] {
  const matching = facts.filter((f) => f.subject === subjectId && f.metric === metric);
  return [...matching.filter((f) => !isEpochFact(f)), ...matching.filter((f) => isEpochFact(f))];
}

export interface AliasTarget {
  subjectId: string;
  /** Set when the name was a bare family name ("GPT-4o") that resolved to one of its versions. */
  family?: string;
}

/**
 * Exact lookup of normalised aliases (see normalizeAlias). The first subject to list an alias
 * keeps it, so curated subjects, listed first, win. A bare family name is marked as such (from the
 * subject's `family`, and from the import's family record for its Cyrillic forms), so the answer
 * can say which version it used. A stand-in until the reader has its own index.
 */
export function aliasIndex(
  subjects: readonly Pick<SubjectInput, "id" | "aliases" | "name" | "family">[],
  families: readonly Pick<EpochFamily, "family" | "aliases">[] = [],
): Map<string, AliasTarget> {
  const familyByKey = new Map<string, string>();
  for (const f of families) for (const alias of f.aliases) familyByKey.set(normalizeAlias(alias), f.family);
  const index = new Map<string, AliasTarget>();
  for (const subject of subjects) {
    const nameKey = normalizeAlias(subject.name.en);
    if (subject.family && normalizeAlias(subject.family) !== nameKey) familyByKey.set(normalizeAlias(subject.family), subject.family);
    for (const alias of subject.aliases) {
      const key = normalizeAlias(alias);
      if (!key || index.has(key)) continue;
      const family = subject.family !== undefined && familyByKey.get(key) === subject.family ? subject.family : undefined;
      index.set(key, family ? { subjectId: subject.id, family } : { subjectId: subject.id });
    }
  }
  return index;
}

export function resolveAlias(index: ReadonlyMap<string, AliasTarget>, typed: string): AliasTarget | undefined {
  return index.get(normalizeAlias(typed));
}

// ── Files ────────────────────────────────────────────────────────────────────

export interface EpochFiles {
  csvText: string;
  asOf: string;
  data: EpochData;
}

const readYaml = <T>(dir: string, file: string, schema: z.ZodType<T>): T => {
  const result = schema.safeParse(parseYaml(readFileSync(join(dir, file), "utf8")));
  if (!result.success) {
    throw new Error(`${join(dir, file)}: ${result.error.issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`).join("; ")}`);
  }
  return result.data;
};

/** Reads knowledge/epoch/: the table, its date and the wording files. */
export function readEpochFiles(dir: string): EpochFiles {
  const dataset = readYaml(dir, "dataset.yaml", epochDatasetSchema);
  const templates = readYaml(dir, "templates.yaml", epochTemplatesSchema);
  const aliases = readYaml(dir, "aliases.yaml", epochAliasesSchema);
  return { csvText: readFileSync(join(dir, dataset.file), "utf8"), asOf: dataset.asOf, data: { dataset, templates, aliases } };
}

/** Reads knowledge/epoch/ and imports the table. */
export function loadEpoch(dir: string, curatedSubjects: readonly SubjectInput[]): EpochImport {
  const files = readEpochFiles(dir);
  return importEpochTable(files.csvText, { curatedSubjects, asOf: files.asOf, data: files.data });
}

/** The credit line for the dataset, in a language. */
export function epochAttribution(dataset: EpochDataset, lang: Lang): string {
  return fill(dataset.attribution[lang], { asOf: dataset.asOf });
}
