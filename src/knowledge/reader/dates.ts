/**
 * Dates quoted in a claim ("р1 вышел 20 января 2025", "banned in 2023", "in January 2025"), to check against a fact's
 * date. Month names are grammar, kept beside the pattern that uses them.
 */
import type { Measure } from "../measures.js";

/** Measures whose facts are dated by the event itself (a release, a rule), so a date claimed can be checked against them. */
export const EVENT_DATED: ReadonlySet<Measure> = new Set(["release", "export_controls"]);

export interface QuotedDate {
  year: number;
  month?: number;
  day?: number;
  /** The words as written. */
  text: string;
}

/** Each month's word beginnings, Russian and English, January first. */
const MONTH_STEMS = [
  "январ|jan",
  "феврал|feb",
  "март|mar",
  "апрел|apr",
  "ма[йяе]|may",
  "июн|jun",
  "июл|jul",
  "август|aug",
  "сентябр|sep",
  "октябр|oct",
  "ноябр|nov",
  "декабр|dec",
];
const MONTHS: readonly RegExp[] = MONTH_STEMS.map((stems) => new RegExp(`^(?:${stems})`));
const MONTH_WORD = String.raw`(?:${MONTH_STEMS.join("|")})\p{L}*\.?`;
const YEAR = String.raw`(?<year>20[0-4]\d)(?:\s*(?:года|году|год|г\.?))?`;
const DATE = new RegExp(
  [
    // "20 января 2025", "20 jan 2025"
    String.raw`(?<day1>[0-3]?\d)\s+(?<month1>${MONTH_WORD})\s*,?\s*${YEAR.replace("year", "year1")}`,
    // "jan 20, 2025", "January 20 2025"
    String.raw`(?<month2>${MONTH_WORD})\s+(?<day2>[0-3]?\d)(?:st|nd|rd|th)?\s*,?\s*${YEAR.replace("year", "year2")}`,
    // "январь 2025", "in January 2025"
    String.raw`(?<month3>${MONTH_WORD})\s+${YEAR.replace("year", "year3")}`,
    // "в 2023", "in 2023"
    String.raw`(?:в|in|since|с)\s+${YEAR.replace("year", "year4")}`,
  ]
    .map((p) => `(?:${p})`)
    .join("|"),
  "iu",
);

/** The first date a text quotes, as precise as it is written. */
export function extractDate(text: string): QuotedDate | undefined {
  const m = DATE.exec(text.toLowerCase());
  const g = m?.groups;
  if (!m || !g) return undefined;
  const year = Number(g.year1 ?? g.year2 ?? g.year3 ?? g.year4);
  const monthWord = g.month1 ?? g.month2 ?? g.month3;
  const month = monthWord ? MONTHS.findIndex((p) => p.test(monthWord)) + 1 : undefined;
  const day = g.day1 ?? g.day2;
  return {
    year,
    ...(month ? { month } : {}),
    ...(day !== undefined && month ? { day: Number(day) } : {}),
    text: m[0].trim(),
  };
}

/**
 * A quoted date against a fact's ("2025-01-20", "2025-01"): "same" to the precision both give, "close" within a
 * month when a day is quoted, else "differs".
 */
export function dateAgreement(quoted: QuotedDate, factDate: string): "same" | "close" | "differs" {
  const [year, month, day] = factDate.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (quoted.year !== year) return "differs";
  if (quoted.month === undefined || month === undefined) return "same";
  if (quoted.month !== month) {
    const apart = Math.abs(quoted.month - month);
    return quoted.day !== undefined && apart === 1 ? "close" : "differs";
  }
  if (quoted.day === undefined || day === undefined) return "same";
  return quoted.day === day ? "same" : Math.abs(quoted.day - day) <= 7 ? "close" : "differs";
}
