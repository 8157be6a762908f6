import { MESSAGES, plural, pluralRange, type Lang, type Plural } from "./index.js";

// Building an Intl formatter costs far more than using one: they are made once per style.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(MESSAGES[lang].meta.locale, options)));
  return format;
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${withDay}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = withDay
      ? { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }
      : { month: "short", year: "numeric", timeZone: "UTC" };
    dateFormats.set(key, (format = new Intl.DateTimeFormat(MESSAGES[lang].meta.dateLocale, options)));
  }
  return format;
}

const spaces = (text: string) => text.replace(/\u00a0|\u202f/g, " ");

/** Plain number in the language's style: "2,048" / "2 048", "5.6" / "5,6". Never exponent notation. */
export function formatNumber(value: number, lang: Lang, maxFractionDigits = 2): string {
  return spaces(numberFormat(lang, { maximumFractionDigits: maxFractionDigits, useGrouping: true }).format(value));
}

/** A compact figure, and the scale its suffix stands for (none below 10,000). */
function compact(value: number, lang: Lang, significantDigits: number): { text: string; scale?: number } {
  const abs = Math.abs(value);
  if (abs >= 1e4) {
    for (const [scale, suffix] of MESSAGES[lang].format.scales) {
      if (abs >= scale) {
        const scaled = numberFormat(lang, { maximumSignificantDigits: significantDigits }).format(value / scale);
        return { text: `${spaces(scaled)}${suffix}`, scale };
      }
    }
  }
  return { text: spaces(numberFormat(lang, { maximumSignificantDigits: Math.max(significantDigits, 4) }).format(value)) };
}

/** Short form with a scale word: 5576000 → "5.58M" / "5,58 млн"; below 10,000 the full number. */
export function formatCompact(value: number, lang: Lang, significantDigits = 3): string {
  return compact(value, lang, significantDigits).text;
}

/** "$5.58M" / "$5,58 млн". */
export function formatUsd(value: number, lang: Lang, significantDigits = 3): string {
  return `$${formatCompact(value, lang, significantDigits)}`;
}

/** A count and its noun in the form the count takes: "57 дней", "1,5 дня", "2,048 GPUs". */
export function formatCount(value: number, lang: Lang, forms: Plural, maxFractionDigits = 2): string {
  return `${formatNumber(value, lang, maxFractionDigits)} ${plural(lang, value, forms, { maximumFractionDigits: maxFractionDigits })}`;
}

/**
 * A compact count and its noun: "2,79 млн GPU-часов" / "2.79M GPU-hours". After a scale word
 * the noun takes the form the scale itself would ("5 млн часов", never "часа").
 */
export function formatCompactCount(value: number, lang: Lang, forms: Plural, significantDigits = 3): string {
  const { text, scale } = compact(value, lang, significantDigits);
  const form =
    scale === undefined
      ? plural(lang, value, forms, { maximumSignificantDigits: Math.max(significantDigits, 4) })
      : plural(lang, scale, forms);
  return `${text} ${form}`;
}

/**
 * A range as the language writes it and the form of a noun after it: { figure: "7,2–18",
 * noun: "раз" } ("в 7,2–18 раз"); one figure when both ends look the same once rounded.
 */
export function rangeParts(low: number, high: number, lang: Lang, forms: Plural, maxFractionDigits = 2): { figure: string; noun: string } {
  const [a, b] = [formatNumber(low, lang, maxFractionDigits), formatNumber(high, lang, maxFractionDigits)];
  const rounding = { maximumFractionDigits: maxFractionDigits };
  return a === b
    ? { figure: a, noun: plural(lang, low, forms, rounding) }
    : { figure: `${a}–${b}`, noun: pluralRange(lang, low, high, forms, rounding) };
}

/** A range and its noun: "7,2–18 раз", "1–2 дня". */
export function formatCountRange(low: number, high: number, lang: Lang, forms: Plural, maxFractionDigits = 2): string {
  const { figure, noun } = rangeParts(low, high, lang, forms, maxFractionDigits);
  return `${figure} ${noun}`;
}

const formattedDates = new Map<string, string>();

/** "27 Dec 2024" / "27 дек. 2024 г."; a bare year-month becomes "Dec 2024". Source dates are few: each is formatted once. */
export function formatDate(iso: string, lang: Lang): string {
  const key = `${lang}|${iso}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) {
    formatted = formatDateNow(iso, lang);
    if (formattedDates.size < 10_000) formattedDates.set(key, formatted);
  }
  return formatted;
}

function formatDateNow(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return dateFormat(lang, day !== undefined)
    .format(date)
    .replace(/\u00a0/g, " ");
}
