import fc from "fast-check";
import type { Message, Update, User } from "grammy/types";

import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { createBot } from "../src/bot/create-bot.js";
import { LOCAL_BOT, textMessage } from "../src/bot/local-updates.js";
import { createLogger } from "../src/logger.js";
import { assertTelegramHtml, EN_USER, RU_USER, TestBot, texts, type ApiCall } from "./helpers/harness.js";
import { stored } from "./helpers/db.js";

describe("per-user rate limit", () => {
  it("over the limit, input is ignored with one polite notice, and other users are unaffected", async () => {
    const bot = new TestBot();
    const replies: ApiCall[] = [];
    for (let i = 0; i < 26; i++) replies.push(...(await bot.send("сколько стоил GPT-4?")));
    const notices = texts(replies).filter((t) => /Слишком много сообщений/.test(t));
    const answers = texts(replies).filter((t) => /Альтман/.test(t));
    expect(answers).toHaveLength(20);
    expect(notices).toHaveLength(1);
    expect(texts(await bot.send("how much did GPT-4 cost?", EN_USER))[0]).toMatch(/Altman/);
    bot.close();
  });
});

describe("/stats", () => {
  it("is for BOT_ADMINS only, checked on every call; shows answers per day, top questions, the ones it was unsure of and unanswered ones", async () => {
    const app = createApp({ databasePath: ":memory:", admins: [RU_USER.id], logger: createLogger("silent") });
    const calls: ApiCall[] = [];
    const bot = createBot({
      token: "1:x",
      botInfo: LOCAL_BOT,
      deps: app.deps,
      transformers: [
        (_p, method, payload) => (
          calls.push({ method, payload: payload }),
          Promise.resolve({ ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: "private" } } } as never)
        ),
      ],
    });
    const send = async (text: string, from: User) => {
      const before = calls.length;
      await bot.handleUpdate({ update_id: Math.floor(Math.random() * 1e9), message: textMessage(text, from) } as Update);
      return texts(calls.slice(before));
    };
    await send("сколько стоил GPT-4?", EN_USER);
    await send("сколько стоил GPT-4?", RU_USER);
    await send("<b>how to cook borscht</b>", EN_USER);
    // No model named and nothing said before in this chat: "did you mean", which counts as unsure.
    await send("сколько это стоило?", { id: 777, is_bot: false, first_name: "New", language_code: "ru" });

    expect(await send("/stats", EN_USER)).toEqual([expect.stringMatching(/no such command/)]);
    const stats = (await send("/stats", RU_USER)).join("\n");
    expect(stats).toMatch(/Статистика за 7 дней/);
    expect(stats).toMatch(/\d{4}-\d{2}-\d{2}: 2 \/ 1 \/ 1/);
    expect(stats).toMatch(/не был уверен[^\n]*\n• сколько это стоило\?/);
    expect(stats).toMatch(/2 × сколько стоило обучение GPT-4/);
    expect(stats).toContain("&lt;b&gt;how to cook borscht&lt;/b&gt;");
    assertTelegramHtml(stats);

    // An admin removed from the list loses access at once.
    (app.deps.admins as number[]).length = 0;
    expect(await send("/stats", RU_USER)).toEqual([expect.stringMatching(/Такой команды нет/)]);
    app.database.close();
  });
});

describe("/forget", () => {
  it("deletes the user's records, context and language choice, says what was deleted, and leaves others alone", async () => {
    const bot = new TestBot();
    await bot.send("/lang en");
    await bot.send("сколько стоил GPT-4?");
    await bot.send("2048 GPU на 57 дней по $2/ч");
    await bot.send("сколько стоил GPT-4?", EN_USER);
    const reply = texts(await bot.send("/forget"))[0]!;
    expect(reply).toMatch(/answer records — 2, language choice — yes, conversation contexts — 1/);
    const db = stored(bot.app.database.db);
    expect(db.answersForChat(RU_USER.id)).toEqual([]);
    expect(bot.app.deps.repo.getUserLang(RU_USER.id)).toBeUndefined();
    expect(db.context(String(RU_USER.id))).toBeUndefined();
    expect(db.answersForChat(EN_USER.id)).toHaveLength(1);
    expect(texts(await bot.send("а если 4096 GPU?"))[0]).toMatch(/не хватает/);
    bot.close();
  });
});

describe("fuzzing random updates through bot.handleUpdate", () => {
  const user = fc.record({
    id: fc.integer({ min: 1, max: 50 }),
    is_bot: fc.constant(false),
    first_name: fc.string({ maxLength: 10 }),
    language_code: fc.option(fc.constantFrom("ru", "en", "uk", "de", "zz", ""), { nil: undefined }),
  });
  const chat = fc.oneof(
    fc.constant(undefined),
    fc.constant({ id: -1001, type: "supergroup", title: "g" }),
    fc.constant({ id: -2002, type: "group", title: "g" }),
  );
  const text = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.constantFrom(
      "/start",
      "/help",
      "/facts",
      "/sources",
      "/lang",
      "/lang xx",
      "/lang en",
      "/compare",
      "/compare deepseek gpt4",
      "/compare <b>x</b>",
      "/calc",
      "/calc -5 GPU",
      "/calc 1e309 GPU 5 days",
      "/settings",
      "/forget",
      "/stats",
      "@ai_costs_bot сколько стоил GPT-4?",
      "2048 GPU на 57 дней по $2/ч",
      "а если 0 GPU?",
      "а в рублях?",
      "what about R1?",
      "gpt4 vs r1",
      "ёЁ\u202e\u200b",
      "🤖".repeat(50),
      "x".repeat(4096),
    ),
    fc
      .array(fc.constantFrom("4096", "GPU", "дней", "$2/ч", "<i>", "&amp;", "vs", "gpt4", "@ai_costs_bot", "NaN", "-1", "в рублях"), {
        maxLength: 12,
      })
      .map((p) => p.join(" ")),
  );
  const update = fc.oneof(
    fc.tuple(text, user, chat).map(([t, u, c]) => ({ message: textMessage(t, u as User, c ?? undefined) }) as Partial<Update>),
    fc
      .tuple(
        fc.string({ maxLength: 70 }),
        fc.constantFrom("f:v3-tokens", "t:gpt4", "t:", "k:1:g2", "c:gpt-4:deepseek-v3", "g:on", "l:en", "e:1", "s:"),
        user,
      )
      .map(([junk, data, u]) => ({
        callback_query: {
          id: "1",
          from: u,
          chat_instance: "x",
          data: junk.length % 2 ? junk : data,
          message: { message_id: 1, date: 0, chat: { id: u.id, type: "private" } } as Message,
        },
      })),
    fc.tuple(text, user).map(([q, u]) => ({ inline_query: { id: "1", from: u, query: q.slice(0, 256), offset: "" } })),
    fc
      .tuple(fc.oneof(fc.string({ maxLength: 64 }), fc.constantFrom("f:v3-tokens", "f:", "k", "c:gpt-4:deepseek-v3", "c:x:y")), text, user)
      .map(([resultId, q, u]) => ({
        chosen_inline_result: { result_id: resultId, from: u, query: q.slice(0, 256) },
      })),
    fc
      .tuple(text)
      .map(([t]) => ({ channel_post: textMessage(t, undefined, { id: -3003, type: "channel", title: "c" }) }) as Partial<Update>),
    fc.tuple(text, user).map(([t, u]) => ({ edited_message: { ...textMessage(t, u as User), edit_date: 1 } }) as Partial<Update>),
  );

  it("no exception escapes; every outgoing text is valid Telegram HTML within limits, with no NaN or undefined", async () => {
    const errors: string[] = [];
    const bot = new TestBot();
    bot.app.deps.logger = createLogger("error", { write: (line) => errors.push(line) });
    let id = 1;
    await fc.assert(
      fc.asyncProperty(update, async (partial) => {
        const calls = await bot.handle({ update_id: id++, ...partial });
        for (const call of calls) {
          const out = [call.payload.text, call.payload.caption].filter((x): x is string => typeof x === "string");
          for (const results of (call.payload.results as { input_message_content: { message_text: string } }[] | undefined) ?? [])
            out.push(results.input_message_content.message_text);
          for (const t of out) {
            expect(t.length).toBeLessThanOrEqual(call.method === "sendPhoto" ? 1024 : 4096);
            expect(t).not.toMatch(/NaN|undefined|\[object /);
            assertTelegramHtml(t);
          }
        }
      }),
      { numRuns: 400 },
    );
    expect(errors).toEqual([]);
    bot.close();
  }, 120_000);
});
