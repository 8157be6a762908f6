/**
 * The languages the bot speaks. Everything per language follows from this list: the knowledge
 * base's texts are validated for each (src/knowledge/schema.ts), the database stores them
 * (src/db/schema.ts), and the bot's texts, /lang keyboard, command menus and number style come
 * from src/bot/locales. Adding one: its code here, a locale file in src/bot/locales (the
 * compiler then asks for its entry there), and its knowledge texts (validation asks for those).
 *
 * A module of its own, with no imports, so the database schema and the knowledge base can use
 * it without depending on the bot's texts.
 */
export const LANGS = ["ru", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** The Intl locale each language writes numbers in ("2 048", "5,58 млн" / "2,048", "5.58M"). */
export const NUMBER_LOCALE: Record<Lang, string> = { ru: "ru-RU", en: "en-US" };

/** The language for people whose Telegram language is none of ours, and the default command menu's. */
export const DEFAULT_LANG: Lang = "en";

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
