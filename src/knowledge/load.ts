import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { load as parseYaml, YAMLException } from "js-yaml";
import { KNOWLEDGE_DIR } from "../paths.js";
import { loadEpoch } from "./epoch.js";
import type { SubjectInput } from "./schema.js";
import { buildKnowledgeBase, type KnowledgeBase, type KnowledgeOrigins, type Origin } from "./validate.js";

export { KNOWLEDGE_DIR };

/** Folders whose every `*.yaml` file is a list of that kind (the folder names the kind in messages). */
const LIST_FOLDERS = ["facts", "sources", "subjects", "topics"] as const;
type ListFolder = (typeof LIST_FOLDERS)[number];
export const LEXICON_FILE = "lexicon.yaml";
/** Epoch AI's notable-models table and its wording files (see knowledge/epoch/README.md). */
const EPOCH_FOLDER = "epoch";
const EPOCH_TABLE = "notable_ai_models.csv";

/**
 * Reads, parses and validates the knowledge data in `dir` (by default the project's `knowledge/`):
 * every `*.yaml` under `facts/`, `sources/`, `subjects/` and `topics/` (in file-name order), and
 * `lexicon.yaml`. Throws one KnowledgeBaseError listing every problem, each naming the file (as
 * `knowledge/facts/gpt4.yaml`), the item's id and the field; YAML syntax errors name the line.
 */
export function loadKnowledge(dir: string = KNOWLEDGE_DIR): KnowledgeBase {
  const problems: string[] = [];
  /** A file could not be read or parsed, or a folder is missing: references across files are then not checked. */
  let unreadable = false;
  // Paths in messages are relative to the folder holding `dir`, so they read `knowledge/facts/x.yaml`.
  const labelOf = (path: string) => relative(dirname(dir), path).split(sep).join("/");

  // 1. The files and their text.
  const texts = new Map<string, string>();
  const read = (path: string): string | undefined => {
    try {
      const text = readFileSync(path, "utf8");
      texts.set(labelOf(path), text);
      return labelOf(path);
    } catch (error) {
      problems.push(`${labelOf(path)}: cannot read: ${(error as Error).message}`);
      unreadable = true;
      return undefined;
    }
  };
  const listed = new Map<ListFolder, string[]>();
  for (const folder of LIST_FOLDERS) {
    const path = join(dir, folder);
    if (!existsSync(path)) {
      problems.push(`${labelOf(path)}/: folder missing`);
      unreadable = true;
      listed.set(folder, []);
      continue;
    }
    const names = readdirSync(path)
      .filter((name) => name.endsWith(".yaml"))
      .sort();
    listed.set(
      folder,
      names.flatMap((name) => read(join(path, name)) ?? []),
    );
  }
  const lexiconPath = join(dir, LEXICON_FILE);
  let lexiconLabel: string | undefined;
  if (existsSync(lexiconPath)) lexiconLabel = read(lexiconPath);
  else {
    problems.push(`${labelOf(lexiconPath)}: file missing`);
    unreadable = true;
  }

  // 2. Parsed. js-yaml: several times faster than the `yaml` package on this data, which is most of a start.
  const parsed = new Map<string, unknown>();
  let syntaxErrors = false;
  for (const [label, text] of texts) {
    try {
      parsed.set(label, parseYaml(text, { filename: label }));
    } catch (error) {
      syntaxErrors = true;
      if (error instanceof YAMLException) {
        const at = error.mark ? `:${error.mark.line + 1}:${error.mark.column + 1}` : "";
        problems.push(`${label}${at}: YAML syntax error: ${error.reason}`);
      } else problems.push(`${label}: YAML error: ${(error as Error).message}`);
    }
  }
  unreadable ||= syntaxErrors;

  // 3. Lists with where each item came from.
  const lists = {} as Record<ListFolder, { items: unknown[]; origins: Origin[] }>;
  for (const folder of LIST_FOLDERS) {
    const items: unknown[] = [];
    const origins: Origin[] = [];
    for (const label of listed.get(folder) ?? []) {
      const data = parsed.get(label);
      if (data === null || data === undefined) continue; // an empty file lists nothing; a broken one is reported above
      if (!Array.isArray(data)) {
        problems.push(`${label}: expected a list of ${folder} (a YAML sequence, items starting with "- ")`);
        unreadable = true;
        continue;
      }
      data.forEach((item: unknown, index) => {
        items.push(item);
        origins.push({ file: label, index });
      });
    }
    lists[folder] = { items, origins };
  }
  // A lexicon that could not be read is reported above; validating its absence would only repeat it.
  const lexicon = lexiconLabel !== undefined && parsed.has(lexiconLabel) ? parsed.get(lexiconLabel) : { concepts: {}, stopwords: [] };

  let nameForms: ReadonlyMap<string, string> | undefined;
  // 4. Epoch AI's table, when its folder is there: its rows join the curated data after it (curated first).
  const epochDir = join(dir, EPOCH_FOLDER);
  if (existsSync(epochDir)) {
    const epochLabel = `${labelOf(epochDir)}/`;
    try {
      const imported = loadEpoch(epochDir, lists.subjects.items as SubjectInput[]);
      nameForms = imported.nameForms;
      for (const warning of imported.warnings) problems.push(`${epochLabel}: ${warning}`);
      const curatedAliases = imported.curatedAliases;
      lists.subjects.items = lists.subjects.items.map((item) => {
        const subject = item as SubjectInput;
        const extra = (curatedAliases[subject.id] ?? []).filter((a) => !subject.aliases.includes(a));
        return extra.length ? { ...subject, aliases: [...subject.aliases, ...extra] } : item;
      });
      const add = (folder: ListFolder, items: readonly unknown[]) =>
        items.forEach((item, index) => {
          lists[folder].items.push(item);
          lists[folder].origins.push({ file: `${epochLabel}${EPOCH_TABLE}`, index });
        });
      add("subjects", imported.subjects);
      add("facts", imported.facts);
      add("sources", imported.sources);
      add("topics", imported.topics);
    } catch (error) {
      problems.push(`${epochLabel}: ${(error as Error).message}`);
      unreadable = true;
    }
  }

  const origins: KnowledgeOrigins = {
    facts: lists.facts.origins,
    sources: lists.sources.origins,
    subjects: lists.subjects.origins,
    topics: lists.topics.origins,
    lexicon: labelOf(lexiconPath),
  };
  const kb = buildKnowledgeBase(
    { facts: lists.facts.items, sources: lists.sources.items, subjects: lists.subjects.items, topics: lists.topics.items, lexicon },
    origins,
    { problems, checkReferences: !unreadable },
  );
  return nameForms ? { ...kb, nameForms } : kb;
}
