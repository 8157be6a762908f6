import type { Lang } from "./schema.js";

const SCALES: Record<Lang, [number, string][]> = {
  en: [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ],
  ru: [
    [1e12, " трлн"],
    [1e9, " млрд"],
    [1e6, " млн"],
    [1e3, " тыс."],
  ],
};

const LOCALE: Record<Lang, string> = { ru: "ru-RU", en: "en-US" };

// Building an Intl formatter costs far more than using one: they are made once per style.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(LOCALE[lang], options)));
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
    dateFormats.set(key, (format = new Intl.DateTimeFormat(lang === "ru" ? "ru-RU" : "en-GB", options)));
  }
  return format;
}

/** Plain number in the language's style: "2,048" / "2 048", "5.6" / "5,6". Never exponent notation. */
export function formatNumber(value: number, lang: Lang, maxFractionDigits = 2): string {
  return numberFormat(lang, { maximumFractionDigits: maxFractionDigits, useGrouping: true })
    .format(value)
    .replace(/\u00a0|\u202f/g, " ");
}

/** Short form with a scale word: 5576000 → "5.58M" / "5,58 млн"; below 10,000 the full number. */
export function formatCompact(value: number, lang: Lang, significantDigits = 3): string {
  const abs = Math.abs(value);
  if (abs >= 1e4) {
    for (const [scale, suffix] of SCALES[lang]) {
      if (abs >= scale) {
        const scaled = numberFormat(lang, { maximumSignificantDigits: significantDigits })
          .format(value / scale)
          .replace(/\u00a0|\u202f/g, " ");
        return `${scaled}${suffix}`;
      }
    }
  }
  return numberFormat(lang, { maximumSignificantDigits: Math.max(significantDigits, 4) })
    .format(value)
    .replace(/\u00a0|\u202f/g, " ");
}

/** "$5.58M" / "$5,58 млн". */
export function formatUsd(value: number, lang: Lang, significantDigits = 3): string {
  return `$${formatCompact(value, lang, significantDigits)}`;
}

const formattedDates = new Map<string, string>();

/** "27 Dec 2024" / "27 дек. 2024"; a bare year-month becomes "Dec 2024". Source dates are few: each is formatted once. */
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

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** Powers of ten for figures no scale word fits (training compute): 3.4078e24 → "3.41×10²⁴" / "3,41×10²⁴". */
export function formatPowerOfTen(value: number, lang: Lang, significantDigits = 3): string {
  if (!Number.isFinite(value) || value === 0) return formatNumber(value, lang);
  let exponent = Math.floor(Math.log10(Math.abs(value)));
  // 9.996e24 rounds to "10": move to the next power instead.
  if (Math.abs(Number((value / 10 ** exponent).toPrecision(significantDigits))) >= 10) exponent += 1;
  const mantissa = numberFormat(lang, { maximumSignificantDigits: significantDigits }).format(value / 10 ** exponent);
  const power = String(exponent)
    .replace("-", "⁻")
    .replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d);
  return `${mantissa}×10${power}`;
}
