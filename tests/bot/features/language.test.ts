import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { language } from "../../../src/bot/features/language.js";
import { LANGS } from "../../../src/bot/locales/index.js";
import { buttons, EN_USER, RU_USER, TestBot, texts } from "../../helpers/harness.js";

// /lang on a minimal bot: only the language feature.

let bot: TestBot;
beforeEach(() => {
  bot = TestBot.withOnly(language);
});
afterEach(() => bot.close());

describe("/lang", () => {
  it("offers one button per language, each named in itself", async () => {
    const calls = await bot.send("/lang", EN_USER);
    expect(buttons(calls[0]).map((b) => b.data)).toEqual(LANGS.map((lang) => `l:${lang}`));
    expect(buttons(calls[0]).map((b) => b.text)).toEqual(["Русский", "English"]);
  });

  it("a choice is saved for the user and answered in the new language", async () => {
    expect(texts(await bot.send("/lang en", RU_USER))[0]).toMatch(/English/);
    expect(bot.app.deps.repo.getUserLang(RU_USER.id)).toBe("en");
    await bot.press("l:ru", RU_USER);
    expect(bot.app.deps.repo.getUserLang(RU_USER.id)).toBe("ru");
  });

  it("an unknown language: says so, escaped, with the choices", async () => {
    const calls = await bot.send("/lang <b>xx", EN_USER);
    expect(texts(calls)[0]).toContain("&lt;b&gt;xx");
    expect(buttons(calls[0])).toHaveLength(LANGS.length);
  });
});
