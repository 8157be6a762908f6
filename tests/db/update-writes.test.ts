import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Transformer } from "grammy";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { Repository } from "../../src/db/repository.js";
import { UpdateWrites } from "../../src/db/update-writes.js";
import { textUpdate } from "../../src/bot/local-updates.js";
import { RU_USER, TestBot } from "../helpers/harness.js";
import { stored } from "../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "ai-costs-db-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
