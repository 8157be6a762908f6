import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { MIGRATIONS_DIR } from "../paths.js";
import * as schema from "./schema.js";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface AppDatabase {
  db: Db;
  sqlite: Database.Database;
  close(): void;
}

/**
 * Creates a folder and its missing parents one at a time. Not `mkdirSync(…, { recursive: true })`: on Linux
 * it spins forever at 100% CPU, deaf to signals, under /proc or /sys, where mkdir of a missing child says
 * ENOENT ("no parent") although the parent exists, so Node makes the parent again and retries, endlessly.
 * Here each mkdir happens once, and its error (ENOENT, ENOTDIR, EACCES, EROFS) goes up at once.
 */
export function makeFolder(folder: string): void {
  const missing: string[] = [];
  let current = resolve(folder);
  for (;;) {
    try {
      if (!statSync(current).isDirectory())
        throw Object.assign(new Error(`ENOTDIR: ${current} is a file, not a folder`), { code: "ENOTDIR" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      const parent = dirname(current);
      if (parent === current) throw error;
      missing.unshift(current);
      current = parent;
    }
  }
  for (const path of missing) mkdirSync(path);
}

/**
 * Opens (creating its folder) and migrates the database. `:memory:` works for tests.
 * WAL lets the chat tool or a reader look in while the bot writes; the busy timeout
 * rides out a short lock instead of failing an answer.
 */
export function openDatabase(path: string): AppDatabase {
  if (path !== ":memory:") makeFolder(dirname(path));
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  // With WAL, NORMAL keeps every commit through a crash of the process (SIGKILL included) and
  // skips an fsync per commit; only a power loss could drop the last commits.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return {
    db,
    sqlite,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}
