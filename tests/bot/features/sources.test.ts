import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { language } from "../../../src/bot/features/language.js";
import { questions } from "../../../src/bot/features/questions.js";
import { sources } from "../../../src/bot/features/sources.js";
import { t } from "../../../src/bot/locales/index.js";
import { assertTelegramHtml, EN_USER, RU_USER, TestBot, texts } from "../../helpers/harness.js";

// /sources on a minimal bot: the language middleware, the questions it lists sources for, and itself.

let bot: TestBot;
beforeEach(() => {
  bot = TestBot.withOnly(language, sources, questions);
});
afterEach(() => bot.close());

describe("/sources", () => {
  it("before any answer: says there is nothing to list yet", async () => {
    expect(texts(await bot.send("/sources", EN_USER))).toEqual([t("en").sources.noneYet]);
  });

  it("lists the last answer's sources in full: publisher, title, date, claim type and the URL spelled out", async () => {
    await bot.send("сколько GPU-часов ушло на обучение DeepSeek V3?", RU_USER);
    const [list = ""] = texts(await bot.send("/sources", RU_USER));
    assertTelegramHtml(list);
    expect(list).toMatch(/^<b>Источники последнего ответа<\/b>\n\[1\] DeepSeek-AI\. DeepSeek-V3 Technical Report/);
    expect(list).toContain("https://arxiv.org/abs/2412.19437");
    expect(list).toContain("заявление компании");
  });

  it("reads in the language of the answer it lists unless the user chose one with /lang", async () => {
    await bot.send("how many GPU hours did DeepSeek V3 take?", RU_USER);
    expect(texts(await bot.send("/sources", RU_USER))[0]).toMatch(/^<b>Sources of the last answer<\/b>/);
    await bot.send("/lang ru", RU_USER);
    expect(texts(await bot.send("/sources", RU_USER))[0]).toMatch(/^<b>Источники последнего ответа<\/b>/);
  });
});
