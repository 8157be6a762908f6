import { describe, expect, it } from "vitest";
import { CALLBACK_PATTERNS, callback } from "../../../src/bot/callbacks.js";
import { commandMenu } from "../../../src/bot/create-bot.js";
import { formatCompactCount, formatCount, formatCountRange, formatDate, formatNumber } from "../../../src/bot/locales/format.js";
import {
  DEFAULT_LANG,
  LANGS,
  MENU_LANGUAGES,
  MESSAGES,
  langFromTelegram,
  langOfText,
  listOf,
  plural,
  pluralRange,
  type Lang,
  type Plural,
} from "../../../src/bot/locales/index.js";
import { bilingual } from "../../../src/knowledge/schema.js";

/** Every leaf of a locale by its path; functions are called with "1" for each argument and their result walked on. */
function leaves(value: unknown, path = ""): [string, unknown][] {
  if (typeof value === "function") {
    const fn = value as (...args: unknown[]) => unknown;
    return leaves(fn(...Array<string>(fn.length).fill("1")), `${path}()`);
  }
  if (value instanceof RegExp || value === null || typeof value !== "object") return [[path, value]];
  return Object.entries(value).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
}

/** The key paths of a locale, arrays and plural forms included (forms differ between languages, so they are cut off). */
function shape(value: unknown, path = ""): string[] {
  if (typeof value === "function") return [`${path}()`];
  if (Array.isArray(value)) return [`${path}[]`];
  if (value instanceof RegExp || value === null || typeof value !== "object") return [path];
  if ("other" in value) return [`${path}{plural}`];
  return Object.entries(value).flatMap(([key, v]) => shape(v, path ? `${path}.${key}` : key));
}

const pluralCategories = (lang: Lang) => new Intl.PluralRules(MESSAGES[lang].meta.locale).resolvedOptions().pluralCategories;

describe("locales", () => {
  it("has one locale per language in LANGS, all with the same keys", () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...LANGS].sort());
    // meta.letters is optional: a language may have no letters of its own (English shares the Latin ones).
    const keys = (lang: Lang) => shape(MESSAGES[lang]).filter((path) => path !== "meta.letters");
    const [first, ...rest] = LANGS;
    for (const lang of rest) expect(keys(lang)).toEqual(keys(first));
  });

  it("has no empty text, in plain strings, lists and what functions return", () => {
    for (const lang of LANGS) {
      const all = leaves(MESSAGES[lang]);
      expect(all.length).toBeGreaterThan(100);
      for (const [path, value] of all) {
        if (path === "meta.letters" || value instanceof RegExp) continue;
        expect(typeof value === "number" || (typeof value === "string" && value.trim() !== ""), `${lang}: ${path}`).toBe(true);
      }
    }
  });

  it("gives every noun exactly the plural forms its language has", () => {
    for (const lang of LANGS) {
      const categories = [...pluralCategories(lang)].sort();
      const { units } = MESSAGES[lang];
      const plurals: [string, Plural][] = [
        ["gpus", units.gpus],
        ["gpusOf", units.gpusOf("H800")],
        ["gpuHours", units.gpuHours],
        ["gpuHoursOf", units.gpuHoursOf("H800")],
        ["times", units.times],
        ["characters", units.characters],
        ...Object.entries(units.duration).map(([unit, forms]): [string, Plural] => [`duration.${unit}`, forms]),
      ];
      for (const [name, forms] of plurals) expect(Object.keys(forms).sort(), `${lang}: units.${name}`).toEqual(categories);
    }
  });
});

describe("plural forms", () => {
  const ru = MESSAGES.ru.units;
  const en = MESSAGES.en.units;

  it("Russian: 1 день, 2 дня, 5 дней, 21 день, 1,5 дня", () => {
    expect([1, 2, 5, 21, 1.5].map((n) => formatCount(n, "ru", ru.duration.day))).toEqual([
      "1 день",
      "2 дня",
      "5 дней",
      "21 день",
      "1,5 дня",
    ]);
    expect([1, 2, 5, 21, 1.5].map((n) => plural("ru", n, ru.times))).toEqual(["раз", "раза", "раз", "раз", "раза"]);
    expect([1, 3, 11, 22, 0.5].map((n) => formatCount(n, "ru", ru.duration.year))).toEqual([
      "1 год",
      "3 года",
      "11 лет",
      "22 года",
      "0,5 года",
    ]);
  });

  it("English: 1 day, 2 days, 1.5 days, 21 days", () => {
    expect([1, 2, 5, 21, 1.5].map((n) => formatCount(n, "en", en.duration.day))).toEqual([
      "1 day",
      "2 days",
      "5 days",
      "21 days",
      "1.5 days",
    ]);
    expect([1, 2, 2048].map((n) => formatCount(n, "en", en.gpus))).toEqual(["1 GPU", "2 GPUs", "2,048 GPUs"]);
    expect(formatCount(2048, "en", en.gpusOf("H800"))).toBe("2,048 H800 GPUs");
  });

  it("a range takes its form by CLDR's range rules: в 7,2–18 раз, не раза", () => {
    expect(pluralRange("ru", 7.2, 18, ru.times)).toBe("раз");
    expect(formatCountRange(7.2, 18, "ru", ru.times, 1)).toBe("7,2–18 раз");
    expect(formatCountRange(1, 2, "ru", ru.duration.day)).toBe("1–2 дня");
    expect(formatCountRange(2, 5, "ru", ru.duration.day)).toBe("2–5 дней");
    expect(formatCountRange(7.2, 18, "en", en.times, 1)).toBe("7.2–18 times");
    // Ends that look the same once rounded are one figure.
    expect(formatCountRange(7.21, 7.24, "ru", ru.times, 1)).toBe("7,2 раза");
  });

  it("follows the count as shown, not as computed", () => {
    expect(formatCount(4.98, "ru", ru.duration.day, 1)).toBe("5 дней");
    expect(formatCount(1.004, "en", en.duration.day)).toBe("1 day");
  });

  it("after a scale word the noun takes the scale's form", () => {
    expect(formatCompactCount(2_788_000, "ru", ru.gpuHours)).toBe("2,79 млн GPU-часов");
    expect(formatCompactCount(2_788_001, "ru", ru.gpuHours)).toBe("2,79 млн GPU-часов");
    expect(formatCompactCount(1_000_000, "en", en.gpuHours)).toBe("1M GPU-hours");
    expect(formatCompactCount(24, "ru", ru.gpuHours)).toBe("24 GPU-часа");
    expect(formatCompactCount(21, "ru", ru.gpuHours)).toBe("21 GPU-час");
    expect(formatCompactCount(1, "en", en.gpuHours)).toBe("1 GPU-hour");
  });
});

describe("what follows from LANGS", () => {
  it("the /lang buttons and their callback pattern", () => {
    for (const lang of LANGS) expect(CALLBACK_PATTERNS.lang.exec(callback.lang(lang))?.[1]).toBe(lang);
    expect(CALLBACK_PATTERNS.lang.test("l:de")).toBe(false);
    expect(CALLBACK_PATTERNS.lang.test("l:ru-x")).toBe(false);
  });

  it("the language of a Telegram user and of a channel post", () => {
    expect(langFromTelegram("ru")).toBe("ru");
    expect(langFromTelegram("uk")).toBe("ru");
    expect(langFromTelegram("en-GB")).toBe("en");
    expect(langFromTelegram("de")).toBe(DEFAULT_LANG);
    expect(langFromTelegram(undefined)).toBe(DEFAULT_LANG);
    expect(langOfText("/compare дипсик gpt4")).toBe("ru");
    expect(langOfText("/compare deepseek gpt4")).toBe(DEFAULT_LANG);
  });

  it("the command menus: the default language for everyone, each other language for its code", () => {
    expect(MENU_LANGUAGES.filter((m) => m.languageCode === undefined).map((m) => m.lang)).toEqual([DEFAULT_LANG]);
    expect(MENU_LANGUAGES.map((m) => m.lang).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) {
      const description = commandMenu(lang).find((c) => c.command === "lang")?.description ?? "";
      for (const code of LANGS) expect(description).toContain(code);
    }
    expect(listOf("ru", ["/lang ru", "/lang en"])).toBe("/lang ru или /lang en");
    expect(listOf("en", ["/lang ru", "/lang en"])).toBe("/lang ru or /lang en");
  });

  it("the knowledge base's texts: one per language, no more, no fewer", () => {
    const texts = Object.fromEntries(LANGS.map((lang) => [lang, `text in ${lang}`]));
    expect(bilingual.safeParse(texts).success).toBe(true);
    expect(bilingual.safeParse({ ...texts, xx: "a language not in LANGS" }).success).toBe(false);
    for (const lang of LANGS) {
      const missing: Record<string, string> = { ...texts };
      delete missing[lang];
      expect(bilingual.safeParse(missing).success, lang).toBe(false);
    }
  });

  it("numbers and dates in each language's style", () => {
    expect(formatNumber(2048.5, "ru")).toBe("2 048,5");
    expect(formatNumber(2048.5, "en")).toBe("2,048.5");
    expect(formatDate("2024-12-27", "en")).toBe("27 Dec 2024");
  });
});
