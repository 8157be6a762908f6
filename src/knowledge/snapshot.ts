import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { DIST_DIR, KNOWLEDGE_DIR } from "../paths.js";
import { normalize, stem, tokenize } from "./text.js";
import type { KnowledgeBase } from "./validate.js";

/**
 * The validated knowledge base as `npm run build` leaves it in dist/knowledge.json, so a start reads one JSON file
 * instead of parsing YAML and the Epoch AI table and validating ~3,000 facts (about half a second). It is used only
 * while it is fresh: it records a hash of every file under knowledge/, and a start whose files hash otherwise (a
 * curator's edit since the build) reads and validates the files as before.
 */
export const SNAPSHOT_FILE = join(DIST_DIR, "knowledge.json");

/** Bumped when the snapshot's layout changes: an older one is then ignored. */
const FORMAT = 1;

interface Snapshot {
  format: number;
  /** knowledgeFilesHash of the files it was made from. */
  filesHash: string;
  /** knowledgeDataHash of what it holds. */
  dataHash: string;
  facts: KnowledgeBase["facts"];
  sources: KnowledgeBase["sources"];
  subjects: KnowledgeBase["subjects"];
  topics: KnowledgeBase["topics"];
  lexicon: KnowledgeBase["lexicon"];
  nameForms?: [string, string][];
  stems: [string, string][];
}

/** The files under `dir`, sorted, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** A hash of every file under knowledge/, names and bytes (about 2.5 MB: a few milliseconds). */
export function knowledgeFilesHash(dir: string = KNOWLEDGE_DIR): string {
  const hash = createHash("sha256");
  for (const name of filesUnder(dir)) {
    const bytes = readFileSync(join(dir, name));
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest("hex");
}

/** Hashes of knowledge bases, so each is computed once (and a snapshot's comes with it). */
const dataHashes = new WeakMap<KnowledgeBase, string>();

/**
 * A hash of what the database mirrors (facts and sources, as validated): the knowledge sync is skipped while it
 * is the one stored. Over the data, not the files, so a change to the importer that changes the facts counts too.
 */
export function knowledgeDataHash(kb: KnowledgeBase): string {
  let hash = dataHashes.get(kb);
  if (hash === undefined) {
    hash = createHash("sha256")
      .update(JSON.stringify({ facts: kb.facts, sources: kb.sources }))
      .digest("hex");
    dataHashes.set(kb, hash);
  }
  return hash;
}

/** The stems of every word the matcher stems at start: those of the phrasings and the lexicon's forms. */
function stemsOf(kb: KnowledgeBase): [string, string][] {
  const words = new Set<string>();
  const add = (text: string) => tokenize(normalize(text)).forEach((word) => words.add(word));
  for (const fact of kb.facts) for (const text of [...fact.phrasings.ru, ...fact.phrasings.en]) add(text);
  for (const forms of Object.values(kb.lexicon.concepts)) forms.forEach(add);
  return [...words].map((word) => [word, stem(word)]);
}

/** Writes the snapshot of `kb`, which was loaded from the files in `dir`. */
export function writeKnowledgeSnapshot(kb: KnowledgeBase, file: string = SNAPSHOT_FILE, dir: string = KNOWLEDGE_DIR): void {
  const snapshot: Snapshot = {
    format: FORMAT,
    filesHash: knowledgeFilesHash(dir),
    dataHash: knowledgeDataHash(kb),
    facts: kb.facts,
    sources: kb.sources,
    subjects: kb.subjects,
    topics: kb.topics,
    lexicon: kb.lexicon,
    ...(kb.nameForms ? { nameForms: [...kb.nameForms] } : {}),
    stems: stemsOf(kb),
  };
  writeFileSync(file, JSON.stringify(snapshot));
}

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((item) => [item.id, item]));

/**
 * The knowledge base from the snapshot, if it is there, readable and made from the files now in `dir`; otherwise
 * undefined (the caller then loads the files). Its data was validated when it was written; only its layout is checked.
 */
export function readKnowledgeSnapshot(file: string = SNAPSHOT_FILE, dir: string = KNOWLEDGE_DIR): KnowledgeBase | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
  } catch {
    return undefined; // missing or not JSON
  }
  const lists = [snapshot?.facts, snapshot?.sources, snapshot?.subjects, snapshot?.topics];
  if (snapshot?.format !== FORMAT || !lists.every(Array.isArray) || typeof snapshot.lexicon !== "object" || snapshot.lexicon === null)
    return undefined;
  if (snapshot.filesHash !== knowledgeFilesHash(dir)) return undefined;
  const kb: KnowledgeBase = {
    facts: snapshot.facts,
    sources: snapshot.sources,
    subjects: snapshot.subjects,
    topics: snapshot.topics,
    lexicon: snapshot.lexicon,
    factById: byId(snapshot.facts),
    sourceById: byId(snapshot.sources),
    subjectById: byId(snapshot.subjects),
    ...(snapshot.nameForms ? { nameForms: new Map(snapshot.nameForms) } : {}),
    ...(Array.isArray(snapshot.stems) ? { stems: new Map(snapshot.stems) } : {}),
  };
  if (typeof snapshot.dataHash === "string") dataHashes.set(kb, snapshot.dataHash);
  return kb;
}
