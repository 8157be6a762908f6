import { NUMBER_LOCALE, type Lang } from "../langs.js";

/**
 * Figures written into knowledge texts (the imported Epoch facts), in each language's number style.
 * Intl's compact notation gives the same "5,58 млн" / "5.58M" the bot writes, with no scale words here.
 */

// Building an Intl formatter costs far more than using one: they are made once per style.
const formats = new Map<string, Intl.NumberFormat>();
function format(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.NumberFormat(NUMBER_LOCALE[lang], options)));
  return found;
}
const spaces = (text: string) => text.replace(/\u00a0|\u202f/g, " ");

/** "2 048" / "2,048", "5,6" / "5.6". */
export function formatPlainNumber(value: number, lang: Lang, maxFractionDigits = 2): string {
  return spaces(format(lang, { maximumFractionDigits: maxFractionDigits }).format(value));
}

/** "5,58 млн" / "5.58M": three significant digits and the language's scale word. */
export function formatCompactFigure(value: number, lang: Lang): string {
  return spaces(format(lang, { notation: "compact", maximumSignificantDigits: 3 }).format(value));
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** Powers of ten for figures no scale word fits (training compute): 3.4078e24 → "3.41×10²⁴" / "3,41×10²⁴". */
export function formatPowerOfTen(value: number, lang: Lang, significantDigits = 3): string {
  if (!Number.isFinite(value) || value === 0) return formatPlainNumber(value, lang);
  let exponent = Math.floor(Math.log10(Math.abs(value)));
  // 9.996e24 rounds to "10": move to the next power instead.
  if (Math.abs(Number((value / 10 ** exponent).toPrecision(significantDigits))) >= 10) exponent += 1;
  const mantissa = format(lang, { maximumSignificantDigits: significantDigits }).format(value / 10 ** exponent);
  const power = String(exponent)
    .replace("-", "⁻")
    .replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d);
  return `${mantissa}×10${power}`;
}
