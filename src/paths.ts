import { existsSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project's folders, found from one place: the repository root is the nearest folder above this module that
 * holds a package.json. So the same code finds them from src/ (tsx), from dist/ (compiled) and from a bundled
 * dist/main.js, where a fixed `../..` from each module's own URL would be wrong.
 */
function findRoot(from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}: cannot find the project's folders`);
  }
}

export const ROOT = findRoot(fileURLToPath(import.meta.url));
/** The knowledge data (knowledge/README.md). */
export const KNOWLEDGE_DIR = join(ROOT, "knowledge");
/** The SQL migrations drizzle-kit generates and drizzle-orm's migrator runs. */
export const MIGRATIONS_DIR = join(ROOT, "drizzle");
/** What `npm run build` writes. */
export const DIST_DIR = join(ROOT, "dist");
/** This code is the build in dist/ (npm start, the container), not src/ under tsx. */
export const RUNS_FROM_BUILD = fileURLToPath(import.meta.url).startsWith(`${DIST_DIR}${sep}`);
