import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type * as Yaml from "yaml";
import { buildKnowledgeBase, type KnowledgeBase, type KnowledgeOrigins, type Origin } from "./validate.js";

/** The project's knowledge data: `knowledge/` at the repository root. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL("../../knowledge", import.meta.url));

/** Folders whose every `*.yaml` file is a list of that kind (the folder names the kind in messages). */
const LIST_FOLDERS = ["facts", "sources", "subjects", "topics"] as const;
type ListFolder = (typeof LIST_FOLDERS)[number];
export const LEXICON_FILE = "lexicon.yaml";

export interface LoadOptions {
  /**
   * Keep the parsed YAML in a per-user cache file under the system's temporary folder, keyed by the
   * files' names and contents: a start with unchanged data then neither loads nor runs the YAML parser
   * (most of what reading the data costs). Validation runs every time all the same.
   */
  cache?: boolean;
}

let yamlModule: typeof Yaml | undefined;
/** The YAML parser, loaded on first use, so that a start from the cache never loads it. */
function yaml(): typeof Yaml {
  yamlModule ??= createRequire(import.meta.url)("yaml") as typeof Yaml;
  return yamlModule;
}

/** Bump when what is cached changes shape or meaning. */
const CACHE_VERSION = 1;

/**
 * The cache file for the data in `dir`: in a per-user folder under the system's temporary folder, used
 * only if it is a real folder of ours that no one else can write to; undefined where there is none.
 */
export function knowledgeCachePath(dir: string = KNOWLEDGE_DIR): string | undefined {
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  const folder = join(tmpdir(), `ai-costs-bot-${uid}`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stat = lstatSync(folder);
    if (!stat.isDirectory() || stat.uid !== uid || (stat.mode & 0o077) !== 0) return undefined;
  } catch {
    return undefined;
  }
  return join(folder, `knowledge-${createHash("sha256").update(dir).digest("hex").slice(0, 16)}.json`);
}

interface CacheEntry {
  key: string;
  /** Parsed data by file label. */
  files: Record<string, unknown>;
}

/**
 * Reads, parses and validates the knowledge data in `dir` (by default the project's `knowledge/`):
 * every `*.yaml` under `facts/`, `sources/`, `subjects/` and `topics/` (in file-name order), and
 * `lexicon.yaml`. Throws one KnowledgeBaseError listing every problem, each naming the file (as
 * `knowledge/facts/gpt4.yaml`), the item's id and the field; YAML syntax errors name the line.
 */
export function loadKnowledge(dir: string = KNOWLEDGE_DIR, { cache = false }: LoadOptions = {}): KnowledgeBase {
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

  // 2. Parsed, from the cache when the files are unchanged.
  const parserVersion = (createRequire(import.meta.url)("yaml/package.json") as { version: string }).version;
  const key = createHash("sha256").update(`v${CACHE_VERSION} yaml ${parserVersion}\0`);
  for (const [label, text] of texts) key.update(`${label}\0${text}\0`);
  const digest = key.digest("hex");
  const cachePath = cache ? knowledgeCachePath(dir) : undefined;
  let cached: CacheEntry | undefined;
  if (cachePath && existsSync(cachePath)) {
    try {
      const entry = JSON.parse(readFileSync(cachePath, "utf8")) as CacheEntry;
      if (entry.key === digest) cached = entry;
    } catch {
      // Unreadable or half-written: parse the YAML instead.
    }
  }
  const parsed = new Map<string, unknown>();
  let syntaxErrors = false;
  for (const [label, text] of texts) {
    if (cached && label in cached.files) {
      parsed.set(label, cached.files[label]);
      continue;
    }
    const doc = yaml().parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      syntaxErrors = true;
      for (const error of doc.errors) {
        const at = error.linePos?.[0];
        // With prettyErrors the message ends " at line L, column C:" and a code excerpt; the position leads instead.
        const message = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
        problems.push(`${label}${at ? `:${at.line}:${at.col}` : ""}: YAML syntax error: ${message}`);
      }
      continue;
    }
    try {
      parsed.set(label, doc.toJS({ maxAliasCount: 1000 }));
    } catch (error) {
      syntaxErrors = true;
      problems.push(`${label}: YAML error: ${(error as Error).message}`);
    }
  }
  if (cachePath && !cached && !syntaxErrors && problems.length === 0) {
    try {
      // Written aside and renamed into place, so a reader never sees half a file.
      const partial = `${cachePath}.${process.pid}`;
      writeFileSync(partial, JSON.stringify({ key: digest, files: Object.fromEntries(parsed) } satisfies CacheEntry), { mode: 0o600 });
      renameSync(partial, cachePath);
    } catch {
      // A cache that cannot be written only costs the next start the parsing.
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

  const origins: KnowledgeOrigins = {
    facts: lists.facts.origins,
    sources: lists.sources.origins,
    subjects: lists.subjects.origins,
    topics: lists.topics.origins,
    lexicon: labelOf(lexiconPath),
  };
  return buildKnowledgeBase(
    { facts: lists.facts.items, sources: lists.sources.items, subjects: lists.subjects.items, topics: lists.topics.items, lexicon },
    origins,
    { problems, checkReferences: !unreadable },
  );
}
