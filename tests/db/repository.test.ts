import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { Repository } from "../../src/db/repository.js";
import { stored } from "../helpers/db.js";
import { buildKnowledgeBase, loadKnowledgeBase } from "../../src/knowledge/knowledge-base.js";

const dir = mkdtempSync(join(tmpdir(), "ai-costs-db-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("database", () => {
  it("creates the folder, applies the generated migrations and uses WAL with a busy timeout", () => {
    const path = join(dir, "a", "b", "bot.db");
    const database = openDatabase(path);
    const tables = database.sqlite.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(["answers", "facts", "sources", "user_preferences", "__drizzle_migrations"]));
    expect(database.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(database.sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(database.sqlite.pragma("synchronous", { simple: true })).toBe(1); // NORMAL
    database.close();
    // Re-opening runs no migration twice.
    openDatabase(path).close();
  });

  it("upgrades a database made by the previous release without losing its records (answers.chat_id becomes optional)", () => {
    // The migrations folder as the previous release shipped it: everything before 0004.
    const old = join(dir, "old-migrations");
    cpSync(new URL("../../drizzle", import.meta.url), old, { recursive: true });
    const journalPath = join(old, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.tag < "0004");
    writeFileSync(journalPath, JSON.stringify(journal));
    const path = join(dir, "upgrade.db");
    const sqlite = new Database(path);
    migrate(drizzle(sqlite), { migrationsFolder: old });
    const insert = sqlite.prepare(
      "insert into answers (update_id, chat_id, user_id, message_id, question, lang, status, matches, fact_ids, source_ids, reply_text, created_at) values (1, 42, 7, 3, 'q', 'en', 'answered', '[]', '[\"a\"]', '[\"s\"]', 'reply', 1)",
    );
    insert.run();
    expect(() =>
      sqlite
        .prepare(
          "insert into answers (chat_id, question, lang, status, matches, fact_ids, source_ids, reply_text, created_at) values (null, 'q', 'en', 'answered', '[]', '[]', '[]', 'r', 1)",
        )
        .run(),
    ).toThrow(/NOT NULL/);
    sqlite.close();

    const database = openDatabase(path);
    const repo = new Repository(database.db);
    expect(stored(database.db).answersForChat(42)).toMatchObject([
      { updateId: 1, chatId: 42, userId: 7, factIds: ["a"], sourceIds: ["s"], replyText: "reply" },
    ]);
    repo.commitUpdate(
      2,
      [],
      [
        {
          updateId: 2,
          chatId: null,
          userId: 7,
          messageId: null,
          question: "inline",
          lang: "en",
          status: "answered",
          matches: [],
          factIds: [],
          sourceIds: [],
          replyText: "r",
        },
      ],
    );
    expect(database.sqlite.prepare("select count(*) from answers where chat_id is null").pluck().get()).toBe(1);
    expect(
      database.sqlite.prepare("select name from sqlite_master where type = 'index' and tbl_name = 'answers' order by name").pluck().all(),
    ).toEqual(["answers_chat_idx", "answers_user_idx"]);
    database.close();
  });

  it("syncs the knowledge base idempotently: the second run changes nothing", () => {
    const database = openDatabase(join(dir, "sync.db"));
    const repo = new Repository(database.db);
    const kb = loadKnowledgeBase();
    const first = repo.syncKnowledgeBase(kb);
    expect(first).toEqual({ inserted: kb.facts.length + kb.sources.length, updated: 0, deleted: 0, unchanged: 0 });
    const changesBefore = database.sqlite.prepare("select total_changes()").pluck().get();
    expect(repo.syncKnowledgeBase(kb)).toEqual({ inserted: 0, updated: 0, deleted: 0, unchanged: kb.facts.length + kb.sources.length });
    expect(database.sqlite.prepare("select total_changes()").pluck().get()).toBe(changesBefore);

    // An edited fact is updated, a removed one deleted.
    const edited = kb.facts
      .filter((f) => f.id !== "palm-ai-index")
      .map((f) => (f.id === "v3-tokens" ? { ...f, text: { ...f.text, en: "edited" } } : f));
    const kb2 = buildKnowledgeBase({ ...kb, facts: edited });
    expect(repo.syncKnowledgeBase(kb2)).toMatchObject({ inserted: 0, updated: 1, deleted: 1 });
    database.close();
  });

  it("keeps language choices and answer records across a restart", () => {
    const path = join(dir, "restart.db");
    let database = openDatabase(path);
    new Repository(database.db).setUserLang(42, "en");
    new Repository(database.db).commitUpdate(
      1,
      [],
      [
        {
          updateId: 1,
          chatId: 42,
          userId: 42,
          messageId: 7,
          question: "q",
          lang: "en",
          status: "answered",
          matches: [{ factId: "v3-tokens", score: 0.9 }],
          factIds: ["v3-tokens"],
          sourceIds: ["deepseek-v3-report"],
          replyText: "r",
        },
      ],
    );
    database.close();
    database = openDatabase(path);
    const repo = new Repository(database.db);
    expect(repo.getUserLang(42)).toBe("en");
    expect(repo.lastCitedAnswer(42)).toEqual({ sourceIds: ["deepseek-v3-report"], factIds: ["v3-tokens"], lang: "en" });
    database.close();
  });
});
