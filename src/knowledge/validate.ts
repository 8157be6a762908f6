import type { z } from "zod";
import { factSchema, lexiconSchema, sourceSchema, subjectSchema, topicSchema } from "./schema.js";
import type { Fact, FactInput, Lexicon, LexiconInput, Source, Subject, SubjectInput, Topic } from "./schema.js";

export interface KnowledgeBase {
  facts: Fact[];
  sources: Source[];
  subjects: Subject[];
  /** In display order. */
  topics: Topic[];
  lexicon: Lexicon;
  factById: ReadonlyMap<string, Fact>;
  sourceById: ReadonlyMap<string, Source>;
  subjectById: ReadonlyMap<string, Subject>;
  /**
   * Words of model names in other scripts and the Latin word each stands for ("грок" → "grok",
   * "ультра" → "ultra", "б" → "b"), from knowledge/epoch/aliases.yaml: the reader reads names in one script.
   */
  nameForms?: ReadonlyMap<string, string>;
  /**
   * Snowball stems of the words in phrasings and lexicon forms, made by `npm run build` (the snapshot, see
   * snapshot.ts): the stemmer takes tens of microseconds a word, and the matcher stems ~1,300 of them at start.
   * Absent when the knowledge base is read from the files; the matcher then stems them itself.
   */
  stems?: ReadonlyMap<string, string>;
}

/** Every problem found, one line each: `knowledge/facts/gpt4.yaml: fact gpt4-altman: sourceIds.0: unknown source foo`. */
export class KnowledgeBaseError extends Error {
  constructor(readonly problems: string[]) {
    super(`knowledge base is invalid (${problems.length} ${problems.length === 1 ? "problem" : "problems"}):\n- ${problems.join("\n- ")}`);
  }
}

export interface RawKnowledge {
  facts: FactInput[];
  sources: Source[];
  subjects: SubjectInput[];
  topics: Topic[];
  lexicon: LexiconInput;
}

/** The same, straight from data files: shapes are what validation checks. */
export interface UncheckedKnowledge {
  facts: readonly unknown[];
  sources: readonly unknown[];
  subjects: readonly unknown[];
  topics: readonly unknown[];
  lexicon: unknown;
}

/** Where an item was read: the file (as shown in messages) and its position in the file's list. */
export interface Origin {
  file: string;
  index: number;
}

/** Origins parallel to the raw lists, so that every message names the file. */
export interface KnowledgeOrigins {
  facts?: readonly Origin[];
  sources?: readonly Origin[];
  subjects?: readonly Origin[];
  topics?: readonly Origin[];
  lexicon?: string;
}

export interface BuildOptions {
  /** Problems found before validation (unreadable files, YAML syntax), listed first. */
  problems?: readonly string[];
  /**
   * Check references between items (sources, subjects, topics, related facts). Off when files failed
   * to parse: every reference into a broken file would be reported too.
   */
  checkReferences?: boolean;
}

type Kind = "fact" | "source" | "subject" | "topic";

/** Problems grouped by the file they name (stable: in the order found within a file); those naming no file last. */
function byFile(problems: string[]): string[] {
  const fileOf = (problem: string) => /^([^\s:]+\.ya?ml)[:]/.exec(problem)?.[1] ?? "\uffff";
  return problems
    .map((problem, index) => ({ problem, index, file: fileOf(problem) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index))
    .map((p) => p.problem);
}

/** Zod's issues as `field.path: message`, one per unknown key, with "missing" for absent required fields. */
function describeIssues(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ field: [...path, key].join("."), message: "unknown field" }));
    }
    const missing = issue.code === "invalid_type" && / received undefined$/.test(issue.message);
    return [{ field: path.join(".") || "(root)", message: missing ? "missing (required)" : issue.message }];
  });
}

/**
 * Validates the raw data (shape by zod, then cross-references) and indexes it. Every problem names
 * the file (when origins are given), the item's id and the field, so a bad edit is easy to find;
 * all problems are collected and thrown together as one KnowledgeBaseError.
 */
export function buildKnowledgeBase(
  raw: RawKnowledge | UncheckedKnowledge,
  origins: KnowledgeOrigins = {},
  { problems: earlier = [], checkReferences = true }: BuildOptions = {},
): KnowledgeBase {
  const problems: string[] = [...earlier];
  const originOf = (kind: Kind, i: number): Origin | undefined => origins[`${kind}s`]?.[i];
  const fileOf = (origin: Origin | undefined) => (origin ? `${origin.file}: ` : "");
  const report = (origin: Origin | undefined, kind: Kind, id: string, field: string | undefined, message: string) =>
    problems.push(`${fileOf(origin)}${kind} ${id}: ${field ? `${field}: ` : ""}${message}`);

  /**
   * Items that failed validation, as far as they can be read: their ids still exist and what they cite
   * is still used and checked, so one bad field does not also make every reference to the item "unknown".
   */
  const invalid: Record<Kind, Record<string, unknown>[]> = { fact: [], source: [], subject: [], topic: [] };
  /** Every fact, valid or not, in input order, with the fields that refer to other items. */
  const factRefs: { fields: Record<string, unknown>; id: string; origin: Origin | undefined }[] = [];

  /** Parsed items with where they came from. */
  const parseAll = <T extends { id: string }>(items: readonly unknown[], schema: z.ZodType<T>, kind: Kind) =>
    items.flatMap((item, i) => {
      const origin = originOf(kind, i);
      const result = schema.safeParse(item);
      const id = (item as { id?: unknown } | null)?.id;
      const label = typeof id === "string" && id ? id : `#${(origin?.index ?? i) + 1}`;
      if (result.success) {
        if (kind === "fact") factRefs.push({ fields: result.data, id: label, origin });
        return [{ item: result.data, origin }];
      }
      if (item !== null && typeof item === "object") {
        invalid[kind].push(item as Record<string, unknown>);
        if (kind === "fact") factRefs.push({ fields: item as Record<string, unknown>, id: label, origin });
      }
      for (const { field, message } of describeIssues(result.error)) report(origin, kind, label, field, message);
      return [];
    });

  const facts = parseAll<Fact>(raw.facts, factSchema, "fact");
  const sources = parseAll<Source>(raw.sources, sourceSchema, "source");
  const subjects = parseAll<Subject>(raw.subjects, subjectSchema, "subject");
  const topics = parseAll<Topic>(raw.topics, topicSchema, "topic");

  const lexiconFile = origins.lexicon ? `${origins.lexicon}: ` : "";
  const lexiconResult = lexiconSchema.safeParse(raw.lexicon);
  if (!lexiconResult.success) {
    for (const { field, message } of describeIssues(lexiconResult.error)) problems.push(`${lexiconFile}lexicon: ${field}: ${message}`);
  }
  const lexicon: Lexicon = lexiconResult.success ? lexiconResult.data : { concepts: {}, implies: {}, stopwords: [], translit: [] };

  const indexById = <T extends { id: string }>(items: { item: T; origin: Origin | undefined }[], kind: Kind): Map<string, T> => {
    const map = new Map<string, T>();
    const firstOrigin = new Map<string, Origin | undefined>();
    for (const { item, origin } of items) {
      if (map.has(item.id)) {
        const first = firstOrigin.get(item.id);
        report(origin, kind, item.id, "id", `duplicate id${first ? ` (also in ${first.file})` : ""}`);
        continue;
      }
      map.set(item.id, item);
      firstOrigin.set(item.id, origin);
    }
    return map;
  };
  const factById = indexById(facts, "fact");
  const sourceById = indexById(sources, "source");
  const subjectById = indexById(subjects, "subject");
  const topicById = indexById(topics, "topic");

  if (checkReferences) {
    /** The strings of a field that should hold one or a list of them, with their index in a list. */
    const idsIn = (value: unknown): [string, number | undefined][] =>
      typeof value === "string"
        ? [[value, undefined]]
        : Array.isArray(value)
          ? value.flatMap((v, i): [string, number][] => (typeof v === "string" ? [[v, i]] : []))
          : [];
    const exists = (kind: Kind, map: ReadonlyMap<string, unknown>, id: string) =>
      map.has(id) || invalid[kind].some((item) => item.id === id);
    const usedSources = new Set<string>();
    const usedTopics = new Set<string>();
    for (const { fields, id, origin } of factRefs) {
      const at = (field: string, i: number | undefined) => (i === undefined ? field : `${field}.${i}`);
      for (const [sourceId, i] of idsIn(fields.sourceIds)) {
        if (!exists("source", sourceById, sourceId)) report(origin, "fact", id, at("sourceIds", i), `unknown source ${sourceId}`);
        usedSources.add(sourceId);
      }
      for (const [subject] of idsIn(fields.subject)) {
        if (!exists("subject", subjectById, subject)) report(origin, "fact", id, "subject", `unknown subject ${subject}`);
      }
      const basis = fields.basis as { onTopOf?: unknown; includes?: unknown } | undefined;
      for (const [subject] of idsIn(basis?.onTopOf)) {
        if (!exists("subject", subjectById, subject)) report(origin, "fact", id, "basis.onTopOf", `unknown subject ${subject}`);
      }
      for (const [subject, i] of idsIn(basis?.includes)) {
        if (!exists("subject", subjectById, subject)) report(origin, "fact", id, at("basis.includes", i), `unknown subject ${subject}`);
      }
      for (const [topic] of idsIn(fields.topic)) {
        if (!exists("topic", topicById, topic)) report(origin, "fact", id, "topic", `unknown topic ${topic}`);
        usedTopics.add(topic);
      }
      for (const [relatedId, i] of idsIn(fields.related)) {
        if (relatedId === id) report(origin, "fact", id, at("related", i), "related to itself");
        else if (!exists("fact", factById, relatedId)) report(origin, "fact", id, at("related", i), `unknown related fact ${relatedId}`);
      }
    }
    for (const { item: source, origin } of sources) {
      if (!usedSources.has(source.id)) report(origin, "source", source.id, undefined, "no fact uses it");
    }
    for (const { item: topic, origin } of topics) {
      if (!usedTopics.has(topic.id)) report(origin, "topic", topic.id, undefined, "has no facts");
    }
    for (const [concept, implied] of Object.entries(lexicon.implies)) {
      if (!(concept in lexicon.concepts)) problems.push(`${lexiconFile}lexicon: implies.${concept}: unknown concept ${concept}`);
      implied.forEach((other, i) => {
        if (!(other in lexicon.concepts)) problems.push(`${lexiconFile}lexicon: implies.${concept}.${i}: unknown concept ${other}`);
      });
    }
  } else if (problems.length > 0) {
    problems.push("references between files not checked: fix the problems above first");
  }

  if (problems.length > 0) throw new KnowledgeBaseError(byFile(problems));
  // Display order: by `order`, then as read (Array.prototype.sort is stable).
  const last = Number.MAX_SAFE_INTEGER;
  const orderedTopics = topics.map((t) => t.item).sort((a, b) => (a.order ?? last) - (b.order ?? last));
  return {
    facts: facts.map((f) => f.item),
    sources: sources.map((s) => s.item),
    subjects: subjects.map((s) => s.item),
    topics: orderedTopics,
    lexicon,
    factById,
    sourceById,
    subjectById,
  };
}
