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

/** Plain number in the language's style: "2,048" / "2 048", "5.6" / "5,6". Never exponent notation. */
export function formatNumber(value: number, lang: Lang, maxFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxFractionDigits, useGrouping: true })
    .format(value)
    .replace(/\u00a0|\u202f/g, " ");
}

/** Short form with a scale word: 5576000 → "5.58M" / "5,58 млн"; below 10,000 the full number. */
export function formatCompact(value: number, lang: Lang, significantDigits = 3): string {
  const abs = Math.abs(value);
  if (abs >= 1e4) {
    for (const [scale, suffix] of SCALES[lang]) {
      if (abs >= scale) {
        const scaled = new Intl.NumberFormat(LOCALE[lang], { maximumSignificantDigits: significantDigits })
          .format(value / scale)
          .replace(/\u00a0|\u202f/g, " ");
        return `${scaled}${suffix}`;
      }
    }
  }
  return new Intl.NumberFormat(LOCALE[lang], { maximumSignificantDigits: Math.max(significantDigits, 4) })
    .format(value)
    .replace(/\u00a0|\u202f/g, " ");
}

/** "$5.58M" / "$5,58 млн". */
export function formatUsd(value: number, lang: Lang, significantDigits = 3): string {
  return `$${formatCompact(value, lang, significantDigits)}`;
}

/** "27 Dec 2024" / "27 дек. 2024"; a bare year-month becomes "Dec 2024". */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { month: "short", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(lang === "ru" ? "ru-RU" : "en-GB", options).format(date).replace(/\u00a0/g, " ");
}
