import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { buildKnowledgeBase, type KnowledgeBase, type KnowledgeOrigins, type Origin } from "./validate.js";

/** The project's knowledge data: `knowledge/` at the repository root. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL("../../knowledge", import.meta.url));

/** Folders whose every `*.yaml` file is a list of that kind, and the kind's name in messages. */
const LIST_FOLDERS = { facts: "facts", sources: "sources", subjects: "subjects", topics: "topics" } as const;
type ListFolder = keyof typeof LIST_FOLDERS;
export const LEXICON_FILE = "lexicon.yaml";

interface ParsedFile {
  label: string;
  data: unknown;
}

/**
 * Reads, parses and validates the knowledge data in `dir` (by default the project's `knowledge/`):
 * every `*.yaml` under `facts/`, `sources/`, `subjects/` and `topics/` (in file-name order), and
 * `lexicon.yaml`. Throws one KnowledgeBaseError listing every problem, each naming the file (as
 * `knowledge/facts/gpt4.yaml`), the item's id and the field; YAML syntax errors name the line.
 */
export function loadKnowledge(dir: string = KNOWLEDGE_DIR): KnowledgeBase {
  const problems: string[] = [];
  let unreadable = false;
  // Paths in messages are relative to the folder holding `dir`, so they read `knowledge/facts/x.yaml`.
  const labelOf = (path: string) => relative(dirname(dir), path).split(sep).join("/");

  const parseFile = (path: string): ParsedFile | undefined => {
    const label = labelOf(path);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      problems.push(`${label}: cannot read: ${(error as Error).message}`);
      unreadable = true;
      return undefined;
    }
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      unreadable = true;
      for (const error of doc.errors) {
        const at = error.linePos?.[0];
        // With prettyErrors the message ends " at line L, column C:" and a code excerpt; the position leads instead.
        const message = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
        problems.push(`${label}${at ? `:${at.line}:${at.col}` : ""}: YAML syntax error: ${message}`);
      }
      return undefined;
    }
    try {
      return { label, data: doc.toJS({ maxAliasCount: 1000 }) as unknown };
    } catch (error) {
      unreadable = true;
      problems.push(`${label}: YAML error: ${(error as Error).message}`);
      return undefined;
    }
  };

  const readList = (folder: ListFolder): { items: unknown[]; origins: Origin[] } => {
    const items: unknown[] = [];
    const origins: Origin[] = [];
    const path = join(dir, folder);
    if (!existsSync(path)) {
      problems.push(`${labelOf(path)}/: folder missing`);
      unreadable = true;
      return { items, origins };
    }
    const files = readdirSync(path)
      .filter((name) => name.endsWith(".yaml"))
      .sort();
    for (const name of files) {
      const parsed = parseFile(join(path, name));
      if (!parsed || parsed.data === null || parsed.data === undefined) continue; // an empty file lists nothing
      if (!Array.isArray(parsed.data)) {
        problems.push(`${parsed.label}: expected a list of ${LIST_FOLDERS[folder]} (a YAML sequence, items starting with "- ")`);
        unreadable = true;
        continue;
      }
      parsed.data.forEach((item: unknown, index) => {
        items.push(item);
        origins.push({ file: parsed.label, index });
      });
    }
    return { items, origins };
  };

  const facts = readList("facts");
  const sources = readList("sources");
  const subjects = readList("subjects");
  const topics = readList("topics");
  const lexiconPath = join(dir, LEXICON_FILE);
  let lexicon: unknown;
  if (existsSync(lexiconPath)) lexicon = parseFile(lexiconPath)?.data;
  else {
    problems.push(`${labelOf(lexiconPath)}: file missing`);
    unreadable = true;
  }
  // A lexicon that could not be read is reported above; validating its absence would only repeat it.
  if (lexicon === undefined && unreadable) lexicon = { concepts: {}, stopwords: [] };

  const origins: KnowledgeOrigins = {
    facts: facts.origins,
    sources: sources.origins,
    subjects: subjects.origins,
    topics: topics.origins,
    lexicon: labelOf(lexiconPath),
  };
  return buildKnowledgeBase(
    { facts: facts.items, sources: sources.items, subjects: subjects.items, topics: topics.items, lexicon },
    origins,
    { problems, checkReferences: !unreadable },
  );
}
