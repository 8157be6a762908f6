import { renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { configFromEnvironmentOrExit } from "./config.js";
import { makeFolder } from "./db/database.js";

export interface BackupReport {
  source: string;
  target: string;
  bytes: number;
  pages: number;
  ms: number;
}

/**
 * A consistent copy of the live database with SQLite's online backup API (better-sqlite3's `backup()`), safe while
 * the bot writes: the copy is one point in time, whatever the WAL holds. Copying `bot.db` alone is not: recent
 * commits live in `bot.db-wal` until a checkpoint. Written next to the target and renamed into place once complete
 * and checked, so the target is never a half-written file.
 */
export async function backupDatabase(sourcePath: string, targetPath: string): Promise<BackupReport> {
  const source = resolve(sourcePath);
  const target = resolve(targetPath);
  if (source === target) throw new Error("the backup cannot be the database itself");
  const started = Date.now();
  const db = new Database(source, { fileMustExist: true });
  const partial = `${target}.partial`;
  try {
    db.pragma("busy_timeout = 5000");
    makeFolder(dirname(target));
    rmSync(partial, { force: true });
    // Everything after the first step in one go: a read snapshot while the bot goes on writing to the WAL. Small
    // steps would let each of the bot's commits restart the copy, which under steady traffic might never finish.
    const { totalPages } = await db.backup(partial, { progress: ({ totalPages: pages }) => Math.max(pages, 100) });
    const copy = new Database(partial);
    try {
      const integrity = copy.pragma("integrity_check", { simple: true });
      if (integrity !== "ok") throw new Error(`the copy fails SQLite's integrity check: ${String(integrity)}`);
      // One self-contained file: no -wal beside it to lose.
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    renameSync(partial, target);
    return { source, target, bytes: statSync(target).size, pages: totalPages, ms: Date.now() - started };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

/** `npm run backup -- PATH`: backs up DATABASE_PATH (from the environment or .env) to PATH, one line either way. */
async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target || target.startsWith("-")) {
    process.stderr.write("Usage: npm run backup -- PATH   (e.g. npm run backup -- backups/bot-$(date +%F).db)\n");
    process.exit(2);
  }
  const config = configFromEnvironmentOrExit({ requireToken: false });
  try {
    // npm runs scripts in the project folder; a relative PATH means the folder npm was called from.
    const report = await backupDatabase(config.databasePath, resolve(process.env.INIT_CWD ?? ".", target));
    process.stdout.write(
      `Backed up ${report.source} to ${report.target}: ${(report.bytes / 1024).toFixed(0)} KiB, ${report.pages} pages, integrity ok, ${report.ms} ms\n`,
    );
  } catch (error) {
    process.stderr.write(`Backup of ${config.databasePath} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
