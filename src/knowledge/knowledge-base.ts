import type { z } from "zod";
import { FACTS } from "./facts.js";
import { factSchema, sourceSchema, subjectSchema, topicSchema } from "./schema.js";
import type { Fact, FactInput, Source, Subject, SubjectInput, Topic } from "./schema.js";
import { SOURCES } from "./sources.js";
import { SUBJECTS, TOPICS } from "./subjects.js";

export interface KnowledgeBase {
  facts: Fact[];
  sources: Source[];
  subjects: Subject[];
  topics: Topic[];
  factById: ReadonlyMap<string, Fact>;
  sourceById: ReadonlyMap<string, Source>;
  subjectById: ReadonlyMap<string, Subject>;
}

export class KnowledgeBaseError extends Error {
  constructor(readonly problems: string[]) {
    super(`knowledge base is invalid:\n- ${problems.join("\n- ")}`);
  }
}

export interface RawKnowledge {
  facts: FactInput[];
  sources: Source[];
  subjects: SubjectInput[];
  topics: Topic[];
}

/**
 * Validates the raw data (shape by zod, then cross-references) and indexes it.
 * Every problem names the fact or source it is about, so a bad edit is easy to find.
 */
export function buildKnowledgeBase(raw: RawKnowledge): KnowledgeBase {
  const problems: string[] = [];
  const parseAll = <T>(items: unknown[], schema: z.ZodType<T>, kind: string): T[] =>
    items.flatMap((item, i) => {
      const result = schema.safeParse(item);
      if (result.success) return [result.data];
      const id = (item as { id?: unknown }).id;
      const label = typeof id === "string" ? id : `#${i}`;
      for (const issue of result.error.issues) {
        problems.push(`${kind} ${label}: ${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`);
      }
      return [];
    });

  const facts = parseAll<Fact>(raw.facts, factSchema, "fact");
  const sources = parseAll<Source>(raw.sources, sourceSchema, "source");
  const subjects = parseAll<Subject>(raw.subjects, subjectSchema, "subject");
  const topics = parseAll<Topic>(raw.topics, topicSchema, "topic");

  const indexById = <T extends { id: string }>(items: T[], kind: string): Map<string, T> => {
    const map = new Map<string, T>();
    for (const item of items) {
      if (map.has(item.id)) problems.push(`${kind} ${item.id}: duplicate id`);
      map.set(item.id, item);
    }
    return map;
  };
  const factById = indexById(facts, "fact");
  const sourceById = indexById(sources, "source");
  const subjectById = indexById(subjects, "subject");
  const topicById = indexById(topics, "topic");

  const usedSources = new Set<string>();
  for (const fact of facts) {
    for (const sourceId of fact.sourceIds) {
      if (!sourceById.has(sourceId)) problems.push(`fact ${fact.id}: unknown source ${sourceId}`);
      usedSources.add(sourceId);
    }
    if (!subjectById.has(fact.subject)) problems.push(`fact ${fact.id}: unknown subject ${fact.subject}`);
    if (!topicById.has(fact.topic)) problems.push(`fact ${fact.id}: unknown topic ${fact.topic}`);
    for (const relatedId of fact.related) {
      if (!factById.has(relatedId)) problems.push(`fact ${fact.id}: unknown related fact ${relatedId}`);
      if (relatedId === fact.id) problems.push(`fact ${fact.id}: related to itself`);
    }
  }
  for (const source of sources) {
    if (!usedSources.has(source.id)) problems.push(`source ${source.id}: no fact uses it`);
  }
  for (const topic of topics) {
    if (!facts.some((f) => f.topic === topic.id)) problems.push(`topic ${topic.id}: has no facts`);
  }

  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return { facts, sources, subjects, topics, factById, sourceById, subjectById };
}

let cached: KnowledgeBase | undefined;

/** The project's knowledge base, validated once per process. */
export function loadKnowledgeBase(): KnowledgeBase {
  cached ??= buildKnowledgeBase({ facts: FACTS, sources: SOURCES, subjects: SUBJECTS, topics: TOPICS });
  return cached;
}
