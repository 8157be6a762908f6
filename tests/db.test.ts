import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Transformer } from "grammy";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/database.js";
import { Repository } from "../src/db/repository.js";
import { UpdateWrites } from "../src/db/update-writes.js";
import { textUpdate } from "../src/bot/local-updates.js";
import { RU_USER, TestBot } from "./helpers/harness.js";
import { stored } from "./helpers/db.js";
import { buildKnowledgeBase, loadKnowledgeBase } from "../src/knowledge/knowledge-base.js";

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
    cpSync(new URL("../drizzle", import.meta.url), old, { recursive: true });
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

describe("one transaction per update", () => {
  it("writes an update's context, answer record and inbox 'done' mark together, when it has been handled", async () => {
    const seenDuringSend: { done: boolean; records: number; context: boolean }[] = [];
    const holder: { bot?: TestBot } = {};
    // Runs before the recorder: looks at the database while the answer is being sent.
    const peek: Transformer = (prev, method, payload, signal) => {
      if (method === "sendMessage" && holder.bot) {
        const db = stored(holder.bot.app.database.db);
        seenDuringSend.push({
          done: db.isDone(update.update_id),
          records: db.answersForChat(RU_USER.id).length,
          context: db.context(String(RU_USER.id)) !== undefined,
        });
      }
      return prev(method, payload, signal);
    };
    const bot = (holder.bot = new TestBot(join(dir, "unit-of-work.db"), [peek]));
    const repo = bot.app.deps.repo;
    const db = stored(bot.app.database.db);
    const update = textUpdate("2048 GPU на 57 дней по $2/ч", RU_USER);
    repo.storeIncoming([update]); // as the poller does before handling

    await bot.handle(update);
    expect(seenDuringSend).toEqual([{ done: false, records: 0, context: false }]);
    expect(db.isDone(update.update_id)).toBe(true);
    expect(db.pendingUpdates()).toEqual([]);
    expect(db.answersForChat(RU_USER.id)).toHaveLength(1);
    expect(db.context(String(RU_USER.id))).toMatchObject({ kind: "calc", revision: 1 });

    // The next update of the chat sees those writes: a follow-up, and the revision moves on.
    await bot.handle(textUpdate("а если 4096 GPU?", RU_USER));
    expect(db.context(String(RU_USER.id))).toMatchObject({ kind: "calc", revision: 2, payload: { params: { gpus: 4096 } } });
    expect(db.answersForChat(RU_USER.id)).toHaveLength(2);
    bot.close();
  });

  it("an update from outside the poller (tests, the terminal chat) leaves the inbox alone", async () => {
    const bot = new TestBot(join(dir, "no-inbox.db"));
    await bot.send("сколько стоил GPT-4?");
    expect(bot.app.database.sqlite.prepare("select count(*) from inbox").pluck().get()).toBe(0);
    expect(stored(bot.app.database.db).answersForChat(RU_USER.id)).toHaveLength(1);
    bot.close();
  });

  it("what commitUpdate and storeIncoming write reads back typed, and a re-delivery is recognised", () => {
    const database = openDatabase(join(dir, "round-trip.db"));
    const repo = new Repository(database.db);
    const db = stored(database.db);
    expect(repo.storeIncoming([{ update_id: 10 }, { update_id: 11 }])).toEqual(new Set());
    const at = new Date(Date.now() - 1000);
    const record = {
      updateId: 10,
      chatId: 5,
      userId: 6,
      messageId: 7,
      question: "q",
      lang: "ru" as const,
      status: "answered" as const,
      matches: [{ factId: "f", score: 0.9 }],
      factIds: ["f"],
      sourceIds: ["s"],
      replyText: "<b>r</b>",
    };
    repo.commitUpdate(
      10,
      [["5", { chatId: 5, userId: 6, kind: "calc", payload: { params: { gpus: 2048 } }, revision: 3, updatedAt: at }]],
      [record],
    );
    expect(db.answersForChat(5)).toMatchObject([{ ...record, createdAt: expect.any(Date) }]);
    expect(repo.readContext("5")).toEqual({
      current: { kind: "calc", payload: { params: { gpus: 2048 } }, revision: 3, updatedAt: at },
      revision: 3,
    });
    // Update 10 is done, 11 still pending; a re-delivery of both reports only 10 as handled.
    expect(db.pendingUpdates()).toEqual([{ update_id: 11 }]);
    expect(repo.storeIncoming([{ update_id: 10 }, { update_id: 11 }, { update_id: 12 }])).toEqual(new Set([10]));
    repo.setUserLang(6, "en");
    expect(repo.getUserLang(6)).toBe("en");
    expect(repo.getUserLang(8)).toBeUndefined();
    database.close();
  });

  it("a context past its day is gone, but the next one's revision still goes past it (old buttons stay stale)", () => {
    const database = openDatabase(":memory:");
    const repo = new Repository(database.db);
    const dayAgo = new Date(Date.now() - 25 * 3600 * 1000);
    database.sqlite.prepare("insert into conversation_contexts values ('9', 9, 9, 'fact', '{}', 4, ?)").run(dayAgo.getTime());
    const writes = new UpdateWrites(repo, 1);
    expect(writes.getContext("9")).toBeUndefined();
    expect(writes.saveContext("9", { chatId: 9, userId: 9, kind: "fact", payload: { factId: "x" } })).toBe(5);
    database.close();
  });

  it("an update whose writes fail leaves nothing behind and stays pending; the others land", () => {
    const database = openDatabase(join(dir, "failing-update.db"));
    const repo = new Repository(database.db);
    const db = stored(database.db);
    const record = (updateId: number, question: string | null) => ({
      updateId,
      chatId: 1,
      userId: 1,
      messageId: null,
      question: question as string,
      lang: "en" as const,
      status: "answered" as const,
      matches: [],
      factIds: [],
      sourceIds: [],
      replyText: "r",
    });
    const context = { chatId: 1, userId: 1, kind: "fact" as const, payload: { factId: "x" }, revision: 1, updatedAt: new Date() };
    repo.storeIncoming([{ update_id: 1 }, { update_id: 2 }, { update_id: 3 }]);
    repo.commitUpdate(1, [["a", context]], [record(1, "first")]);
    expect(() => repo.commitUpdate(2, [["b", context]], [record(2, null)])).toThrow(/NOT NULL/);
    repo.commitUpdate(3, [["c", context]], [record(3, "third")]);
    expect(db.context("b")).toBeUndefined();
    expect(db.answersForChat(1).map((r) => r.question)).toEqual(["first", "third"]);
    expect([1, 2, 3].map((id) => db.isDone(id))).toEqual([true, false, true]);
    database.close();
  });
});
