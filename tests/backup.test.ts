import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/database.js";
import { exitOf, ROOT, TSX } from "./helpers/process.js";

const dir = mkdtempSync(join(tmpdir(), "ai-costs-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A process that keeps writing to the database as the bot does: each transaction adds a row to two tables. */
const WRITER = `
import Database from "better-sqlite3";
const db = new Database(process.argv[1]);
db.pragma("journal_mode = WAL");
db.pragma("busy_timeout = 5000");
db.pragma("wal_autocheckpoint = 0"); // commits stay in bot.db-wal, as between the bot's checkpoints
const add = db.transaction((i) => {
  db.prepare("insert into left_side (n) values (?)").run(i);
  db.prepare("insert into right_side (n) values (?)").run(i);
});
let i = 0;
const tick = () => { for (let k = 0; k < 50; k++) add(i++); if (i % 1000 < 50) process.stdout.write("w" + i + "\\n"); setImmediate(tick); };
tick();
`;

describe("npm run backup", () => {
  it("copies the live database consistently while another process writes to it", async () => {
    const path = join(dir, "bot.db");
    openDatabase(path).close(); // the bot's schema, migrated
    const setup = new Database(path);
    setup.exec("create table left_side (n integer not null); create table right_side (n integer not null);");
    setup.close();

    const writer = spawn(process.execPath, ["--input-type=module", "-e", WRITER, path], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let written = "";
    writer.stdout.on("data", (d: Buffer) => (written += d.toString()));
    try {
      while (!/w\d{4,}/.test(written)) await new Promise((resolve) => setTimeout(resolve, 20));

      // Copying bot.db alone misses commits that are still in the WAL.
      const live = new Database(path, { readonly: true });
      const committed = live.prepare("select count(*) from left_side").pluck().get() as number;
      live.close();
      copyFileSync(path, join(dir, "naive.db"));
      const naive = new Database(join(dir, "naive.db"), { readonly: true });
      expect(naive.prepare("select count(*) from left_side").pluck().get()).toBeLessThan(committed);
      naive.close();

      const target = join(dir, "backups", "bot-copy.db");
      const backup = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/backup.ts"), target], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? "", DATABASE_PATH: path },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      backup.stdout.on("data", (d: Buffer) => (output += d.toString()));
      backup.stderr.on("data", (d: Buffer) => (output += d.toString()));
      expect((await exitOf(backup)).code, output).toBe(0);
      expect(output).toMatch(/^Backed up .*bot\.db to .*backups\/bot-copy\.db: \d+ KiB, \d+ pages, integrity ok, \d+ ms\n$/);
      expect(existsSync(`${target}.partial`)).toBe(false);

      // The copy is one moment of the live database: every transaction whole, none half.
      const copy = new Database(target, { readonly: true });
      const left = copy.prepare("select count(*) from left_side").pluck().get() as number;
      const right = copy.prepare("select count(*) from right_side").pluck().get() as number;
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(copy.pragma("journal_mode", { simple: true })).toBe("delete"); // one file, nothing beside it
      expect(copy.prepare("select count(*) from __drizzle_migrations").pluck().get()).toBeGreaterThan(0);
      copy.close();
      expect(left).toBeGreaterThan(1000);
      expect(left).toBe(right); // every transaction whole
    } finally {
      writer.kill("SIGKILL");
      await exitOf(writer);
    }
  }, 60_000);

  it("says how to call it, and fails with one line when the database is missing", async () => {
    const run = async (args: string[]) => {
      const proc = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/backup.ts"), ...args], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? "", DATABASE_PATH: join(dir, "missing.db") },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      proc.stdout.on("data", (d: Buffer) => (output += d.toString()));
      proc.stderr.on("data", (d: Buffer) => (output += d.toString()));
      return { code: (await exitOf(proc)).code, output };
    };
    expect(await run([])).toEqual({ code: 2, output: expect.stringMatching(/^Usage: npm run backup -- PATH/) });
    const missing = await run([join(dir, "out.db")]);
    expect(missing.code).toBe(1);
    expect(missing.output.trim().split("\n")).toEqual([expect.stringMatching(/^Backup of .*missing\.db failed: /)]);
  }, 30_000);
});
