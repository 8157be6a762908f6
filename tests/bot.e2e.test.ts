import type { Message, Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { messageUpdate, textMessage } from "../src/bot/local-updates.js";
import { QUESTION_MAX_LENGTH } from "../src/bot/features/questions.js";
import { assertTelegramHtml, buttons, EN_USER, RU_USER, TestBot, texts, type ApiCall } from "./helpers/harness.js";
import { stored } from "./helpers/db.js";

let bot: TestBot;
beforeEach(() => {
  bot = new TestBot();
});
afterEach(() => bot.close());

/** Every message the bot sends must be valid HTML within Telegram's limit, with no undefined/NaN. */
function expectCleanOutput(calls: ApiCall[]): void {
  for (const text of texts(calls)) {
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(text).not.toMatch(/undefined|NaN|\[object /);
    assertTelegramHtml(text);
  }
}

describe("commands in a private chat", () => {
  it("/start says what the bot does and offers example questions as buttons", async () => {
    const calls = await bot.send("/start");
    expect(calls).toHaveLength(1);
    expect(texts(calls)[0]).toMatch(/стоимости обучения ИИ/);
    const examples = buttons(calls[0]);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(examples.length).toBeLessThanOrEqual(4);

    // Pressing an example asks it.
    const answer = await bot.press(examples[0]!.data);
    expect(answer[0]?.method).toBe("answerCallbackQuery");
    expect(texts(answer)[0]).toMatch(/\$5,576 млн/);
  });

  it("/start in English for an English-speaking user", async () => {
    expect(texts(await bot.send("/start", EN_USER))[0]).toMatch(/AI training costs/);
  });

  it("/help lists the commands", async () => {
    const text = texts(await bot.send("/help"))[0]!;
    for (const command of ["/facts", "/sources", "/lang"]) expect(text).toContain(command);
    assertTelegramHtml(text);
  });

  it("an unknown command gets a short hint", async () => {
    const calls = await bot.send("/frobnicate");
    expect(texts(calls)).toEqual([expect.stringMatching(/Такой команды нет.*\/help/)]);
  });

  it("/facts browses topics and facts with buttons, and a fact button answers with sources", async () => {
    const topics = buttons((await bot.send("/facts"))[0]);
    expect(topics.map((b) => b.text)).toContain("GPT-4");
    const gpt4 = topics.find((b) => b.text === "GPT-4")!;

    const topicCalls = await bot.press(gpt4.data);
    const edit = topicCalls.find((c) => c.method === "editMessageText")!;
    const factButtons = buttons(edit);
    expect(factButtons.length).toBeGreaterThanOrEqual(4);
    for (const b of factButtons) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);

    const answer = await bot.press(factButtons[0]!.data);
    expect(texts(answer)[0]).toMatch(/Альтман/);
    expect(texts(answer)[0]).toMatch(/Источники/);

    // "« Topics" goes back.
    const back = await bot.press(factButtons.at(-1)!.data);
    expect(buttons(back.find((c) => c.method === "editMessageText"))).toHaveLength(topics.length);
  });

  it("a forged or outdated button is answered politely and nothing else happens", async () => {
    for (const data of ["f:no-such-fact", "t:nope", "zzz", "e:99"]) {
      const calls = await bot.press(data);
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ method: "answerCallbackQuery", payload: { text: "Эта кнопка устарела." } });
    }
  });
});

describe("free-text questions", () => {
  it("checks the $6M claim: a verdict first, then the figures it was weighed against, what they cover, and numbered sources", async () => {
    const calls = await bot.send("DeepSeek trained V3 for $6M?", EN_USER);
    expect(calls).toHaveLength(1);
    const text = texts(calls)[0]!;
    expect(text).toMatch(/^<i>Reading it as: DeepSeek V3 · training cost<\/i>\n<b>≈ Roughly right<\/b>\nClaimed: \$6M\n/);
    expect(text).toMatch(/\$5\.576M/);
    expect(text).toMatch(/about \$6M using only 2,048 GPUs/);
    expect(text).toMatch(/⚠️ <i>.*final training run/);
    expect(text).toMatch(/\[1\] DeepSeek-AI, <a href="https:\/\/arxiv\.org\/abs\/2412\.19437">DeepSeek-V3 Technical Report.*company claim/);
    expect(text).toMatch(/\] Ensigame\.com.*press report/);
    // The verdict first, then the figures, then the caveat, then sources.
    expect(text.indexOf("Roughly right")).toBeLessThan(text.indexOf("$5.576M"));
    expect(text.indexOf("$5.576M")).toBeLessThan(text.indexOf("⚠️"));
    expect(text.indexOf("⚠️")).toBeLessThan(text.indexOf("<b>Sources</b>"));
    expect(calls[0]!.payload).toMatchObject({ parse_mode: "HTML", link_preview_options: { is_disabled: true } });
    expectCleanOutput(calls);
  });

  it("answers in Russian with Russian number formatting, slang and typos understood", async () => {
    const text = texts(await bot.send("сколко стоило обучние дипсика?"))[0]!;
    expect(text).toMatch(/\$5,576 млн/);
    expect(text).toMatch(/Источники/);
    expect(text).toMatch(/заявление компании/);
  });

  it("tells all GPT-4 estimates and how they differ", async () => {
    const text = texts(await bot.send("сколько стоил чатгпт"))[0]!;
    for (const figure of ["$100 млн", "$78,35 млн", "$63 млн", "$40 млн"]) expect(text).toContain(figure);
    expect(text).toMatch(/измеряют разное/);
  });

  it("says a thing it has no data on is not in its data, with no figure", async () => {
    const calls = await bot.send("сколько стоит iPhone 15?");
    const text = texts(calls)[0]!;
    expect(text).toMatch(/«iphone» нет в моих данных/);
    expect(text).not.toMatch(/\$\d/);
  });

  it("asks which model is meant when a figure is asked of nothing named, with the likely ones as buttons", async () => {
    const calls = await bot.send("сколько это стоило?");
    expect(texts(calls)[0]).toMatch(/Уточните/);
    expect(texts(calls)[0]).not.toMatch(/\$\d/);
    const options = buttons(calls[0]);
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options.length).toBeLessThanOrEqual(3);
    expect(texts(await bot.press(options[0]!.data))[0]).toMatch(/Источники/);
  });

  it("records every answer with ids, question, language, reading, outcome, facts, sources and reply; unanswered ones too", async () => {
    await bot.send("сколько стоил GPT-4?");
    await bot.send("как приготовить борщ?");
    const rows = stored(bot.app.database.db).answersForChat(RU_USER.id);
    expect(rows).toHaveLength(2);
    const [answered, unanswered] = rows;
    expect(answered).toMatchObject({
      chatId: RU_USER.id,
      userId: RU_USER.id,
      question: "сколько стоил GPT-4?",
      lang: "ru",
      status: "answered",
    });
    expect(answered!.updateId).toBeTypeOf("number");
    expect(answered!.messageId).toBeTypeOf("number");
    // What was read and what kind of answer it was are kept with the facts and sources told.
    expect(answered).toMatchObject({
      outcome: "answer",
      verdict: null,
      reading: { ask: "figure", subjects: ["gpt-4"], measure: "training_cost" },
    });
    expect(answered!.factIds.slice(0, 4)).toEqual(["gpt4-altman", "gpt4-ai-index", "gpt4-epoch", "gpt4-semianalysis"]);
    expect(answered!.sourceIds).toEqual(
      expect.arrayContaining(["wired-altman-gpt4", "ai-index-2024", "semianalysis-gpt4", "epoch-training-costs"]),
    );
    expect(answered!.replyText).toContain("Альтман");
    expect(answered!.createdAt).toBeInstanceOf(Date);
    expect(unanswered).toMatchObject({ status: "unanswered", outcome: "offtopic", sourceIds: [], factIds: [] });
  });
});

describe("/sources and /lang", () => {
  it("/sources gives the full sources of the chat's last answer", async () => {
    expect(texts(await bot.send("/sources"))[0]).toMatch(/ещё не было ответа/);
    await bot.send("сколько стоило обучение R1?");
    await bot.send("какая погода в Москве?"); // unanswered: does not replace the last cited answer
    const text = texts(await bot.send("/sources"))[0]!;
    expect(text).toMatch(/Источники последнего ответа/);
    expect(text).toMatch(
      /DeepSeek-AI, Nature\. DeepSeek-R1, Nature 645 \(supplementary B\.4\.4\)\. 17 сент\. 2025 г\..*заявление компании/,
    );
    expect(text).toContain("https://www.nature.com/articles/s41586-025-09422-z");
    expect(text).toMatch(/Ensigame\.com.*дата не указана.*сообщение СМИ<\/i>\n\s+ссылка не указана/);
    assertTelegramHtml(text);
  });

  it("/lang en switches the language and the choice is persisted", async () => {
    expect(texts(await bot.send("/lang en"))[0]).toBe("Done: answering in English.");
    expect(texts(await bot.send("сколько стоил GPT-4?"))[0]).toMatch(/Sam Altman said/);
    expect(bot.app.deps.repo.getUserLang(RU_USER.id)).toBe("en");
    expect(texts(await bot.send("/lang ru"))[0]).toBe("Готово: отвечаю по-русски.");
  });

  it("/lang without argument offers buttons; a bad argument is escaped and explained", async () => {
    const choose = await bot.send("/lang");
    expect(buttons(choose[0]).map((b) => b.data)).toEqual(["l:ru", "l:en"]);
    await bot.press("l:en");
    expect(bot.app.deps.repo.getUserLang(RU_USER.id)).toBe("en");

    const bad = texts(await bot.send("/lang <b>fr</b>"))[0]!;
    expect(bad).toContain("&lt;b&gt;fr&lt;/b&gt;");
    assertTelegramHtml(bad);
  });

  it("follows Telegram's language_code: uk and be get Russian, others English", async () => {
    const uk = { ...EN_USER, id: 777, language_code: "uk" };
    const de = { ...EN_USER, id: 778, language_code: "de" };
    expect(texts(await bot.send("/start", uk))[0]).toMatch(/Привет/);
    expect(texts(await bot.send("/start", de))[0]).toMatch(/Hi!/);
  });
});

describe("bad input", () => {
  const withMessage = (extra: Partial<Message>): Update => messageUpdate({ ...textMessage("x", RU_USER), text: undefined, ...extra });

  it("stickers, photos and voice get a short text-only hint", async () => {
    const sticker = { file_id: "s", file_unique_id: "s", type: "regular", width: 512, height: 512, is_animated: false, is_video: false };
    for (const update of [
      withMessage({ sticker } as Partial<Message>),
      withMessage({ photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }] }),
      withMessage({ voice: { file_id: "v", file_unique_id: "v", duration: 1 } }),
    ]) {
      const calls = await bot.handle(update);
      expect(texts(calls)).toEqual([expect.stringMatching(/понимаю только текст/)]);
    }
  });

  it("a whitespace-only message gets a hint", async () => {
    expect(texts(await bot.send("   \n\t "))[0]).toMatch(/Пустое сообщение/);
  });

  it("a 4096-character message gets a short answer, and the next question is answered", async () => {
    const calls = await bot.send("дипсик ".repeat(586).slice(0, 4096));
    expect(texts(calls)[0]).toMatch(new RegExp(`до ${QUESTION_MAX_LENGTH} символов`));
    expect(texts(await bot.send("сколько стоил GPT-4?"))[0]).toMatch(/Альтман/);
  });

  it("HTML and Markdown injection is never echoed raw", async () => {
    for (const q of [
      '<a href="x">сколько стоил GPT-4</a>',
      "**bold** _x_ `code` [link](http://x)",
      "<script>alert(1)</script> & DeepSeek",
    ]) {
      expectCleanOutput(await bot.send(q));
    }
  });

  it("emoji, RTL text and mixed scripts do not break anything", async () => {
    for (const q of ["🤖💸?", "כמה עלה DeepSeek?", "ما هي تكلفة GPT-4؟", "ДипСик 💰 V3 cost???"]) {
      const calls = await bot.send(q);
      expect(calls.length).toBeGreaterThan(0);
      expectCleanOutput(calls);
    }
  });

  it("edited messages are ignored silently", async () => {
    const edited = { update_id: 424242, edited_message: { ...textMessage("сколько стоил GPT-4?", RU_USER), edit_date: 1 } } as Update;
    expect(await bot.handle(edited)).toEqual([]);
  });

  it("a failing Telegram call inside a handler does not crash the bot; the next question is answered", async () => {
    let fail = true;
    const flaky = new TestBot(":memory:", [
      async (prev, method, payload, signal) => {
        if (fail && method === "sendMessage") {
          fail = false;
          throw new Error("network down");
        }
        return prev(method, payload, signal);
      },
    ]);
    try {
      await flaky.send("сколько стоил GPT-4?");
      expect(texts(await flaky.send("сколько стоил GPT-4?"))[0]).toMatch(/Альтман/);
    } finally {
      flaky.close();
    }
  });
});
