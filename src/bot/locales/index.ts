import { DEFAULT_LANG, LANGS, type Lang } from "../../langs.js";
import { en } from "./en.js";
import type { Messages, Plural } from "./messages.js";
import { ru } from "./ru.js";

export { DEFAULT_LANG, LANGS, isLang, type Lang } from "../../langs.js";
export type { LanguageMeta, Messages, Plural } from "./messages.js";

/** Every language's texts; a language in LANGS without its file here does not compile. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { ru, en };

export const t = (lang: Lang): Messages => MESSAGES[lang];

/** Telegram's language_code → the language whose telegramCodes name it, else the default. */
export function langFromTelegram(code: string | undefined): Lang {
  const base = code?.toLowerCase().split(/[-_]/)[0] ?? "";
  return LANGS.find((lang) => MESSAGES[lang].meta.telegramCodes.includes(base)) ?? DEFAULT_LANG;
}

/** The language a text is written in, as far as its letters tell; the default when none does. */
export function langOfText(text: string): Lang {
  return LANGS.find((lang) => MESSAGES[lang].meta.letters?.test(text)) ?? DEFAULT_LANG;
}

/** "a, b или c" / "a, b, or c": items as alternatives, the language's way. */
export function listOf(lang: Lang, items: readonly string[], type: Intl.ListFormatType = "disjunction"): string {
  return new Intl.ListFormat(MESSAGES[lang].meta.locale, { type }).format(items);
}

/**
 * Telegram's command menus: the default language's for everyone without a menu of their own
 * (no language_code), and each other language's for users whose Telegram speaks it.
 */
export const MENU_LANGUAGES: readonly { lang: Lang; languageCode?: Lang }[] = LANGS.map((lang) =>
  lang === DEFAULT_LANG ? { lang } : { lang, languageCode: lang },
);

// Plural rules are made once per language and rounding.
const pluralRules = new Map<string, Intl.PluralRules>();
function rules(lang: Lang, options: Intl.PluralRulesOptions): Intl.PluralRules {
  const key = `${lang}|${JSON.stringify(options)}`;
  let found = pluralRules.get(key);
  if (!found) pluralRules.set(key, (found = new Intl.PluralRules(MESSAGES[lang].meta.locale, options)));
  return found;
}

/**
 * The form of a noun after a count: ru "1 день, 2 дня, 5 дней, 21 день, 1,5 дня"; en "1 day,
 * 2 days, 1.5 days". `rounding` must be the rounding the count is shown with, since "4,98"
 * shown as "5" takes the form of 5.
 */
export function plural(lang: Lang, n: number, forms: Plural, rounding: Intl.PluralRulesOptions = { maximumFractionDigits: 2 }): string {
  return forms[rules(lang, rounding).select(n)] ?? forms.other;
}

/** The form after a range, by CLDR's range rules (Intl.PluralRules#selectRange): "в 7,2–18 раз", "1–2 дня". */
export function pluralRange(
  lang: Lang,
  low: number,
  high: number,
  forms: Plural,
  rounding: Intl.PluralRulesOptions = { maximumFractionDigits: 2 },
): string {
  return forms[rules(lang, rounding).selectRange(Math.min(low, high), Math.max(low, high))] ?? forms.other;
}
