import { distance } from "fastest-levenshtein";
import snowball from "snowball-stemmers";

const russian = snowball.newStemmer("russian");
const english = snowball.newStemmer("english");

const CYRILLIC = /[\u0400-\u04ff]/;

/** Snowball stem, Russian or English by the word's script; numbers and mixed tokens stay as they are. */
export function stem(token: string): string {
  if (/\d/.test(token)) return token;
  return CYRILLIC.test(token) ? russian.stem(token) : english.stem(token);
}

/**
 * Rewrites that must happen before splitting into words: model names people write with
 * spaces or dashes become one token ("gpt-4", "гпт 4" → "gpt4"), and a number glued to its
 * scale is split ("$6M" → "6 m").
 */
const GLUE: [RegExp, string][] = [
  [/ё/g, "е"],
  [/[‐-―−]/g, "-"],
  [/\b(?:chat\s*-?\s*gpt|чат\s*-?\s*гпт)\s*-?\s*(\d)/gu, "gpt$1"],
  [/(?<![\p{L}\d])(?:gpt|гпт|жпт)\s*-?\s*(\d)(?!\d)/gu, "gpt$1"],
  [/(?<![\p{L}\d])deep\s*-?\s*seek/gu, "deepseek"],
  [/(?<![\p{L}\d])дип\s*-?\s*сик/gu, "дипсик"],
  [/(?<![\p{L}\d])(?:deepseek|дипсик)\s*-?\s*(v|r)(\d)(?!\d)/gu, "deepseek $1$2"],
  [/(?<![\p{L}\d])v\s*-?\s*3(?![\d.])/gu, "v3"],
  [/(?<![\p{L}\d])r\s*-?\s*1(?![\d.])/gu, "r1"],
  // Prefixed compounds are one word whether written "pre-training", "pre training" or "pretraining".
  [/(?<![\p{L}\d])(pre|post|multi|self|low|open|пред|пост)[\s-]+(?=\p{L}{3,})/gu, "$1"],
  [/(?<![\p{L}\d])([hн])\s*-?\s*(100|800|200|20)(?!\d)/gu, "h$2"],
  [/(?<![\p{L}\d])(\d+(?:[.,]\d+)?)\s*(k|m|b|bn|mln|млн|млрд|тыс|трлн)(?![\p{L}])/gu, "$1 $2"],
  [/(\d)\s(?=\d{3}(?!\d))/g, "$1"],
  [/(?<![\p{L}\d])([a-z]\d+)s(?![\p{L}\d])/gu, "$1"],
];

const ONLY_ASCII_AND_CYRILLIC = /^[\t\n\r\u0020-\u007e\u0400-\u04ff]*$/;

/** NFKC (full-width digits and letters, ligatures, composed accents), skipped where it changes nothing: ASCII and Cyrillic, nearly every message, and it is costly. */
export function toNfkc(text: string): string {
  return ONLY_ASCII_AND_CYRILLIC.test(text) ? text : text.normalize("NFKC");
}

// The matcher and the subject finder normalise the same question in turn: the last one is remembered.
let lastText: string | undefined;
let lastNormalized = "";

export function normalize(text: string): string {
  if (text === lastText) return lastNormalized;
  let out = toNfkc(text.toLowerCase());
  for (const [pattern, replacement] of GLUE) out = out.replace(pattern, replacement);
  lastText = text;
  lastNormalized = out;
  return out;
}

/** Words and numbers; a decimal comma becomes a point so "5,6" and "5.6" are one token. */
export function tokenize(normalized: string): string[] {
  const tokens = normalized.match(/\d+(?:[.,]\d+)*|[\p{L}\p{N}]+/gu) ?? [];
  return tokens.map((t) => (/^\d/.test(t) ? t.replace(",", ".") : t));
}

/** The set of letters in a word, folded into 32 bits: a cheap filter before edit distance. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) % 32);
  return mask;
}

/** Set bits in a 32-bit number. */
function popCount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

/** Words kept by length, for typo correction: the matcher's vocabulary and the subject index's name words. */
export class WordsByLength {
  private readonly byLength = new Map<number, { word: string; mask: number }[]>();

  add(word: string): void {
    const bucket = this.byLength.get(word.length) ?? [];
    bucket.push({ word, mask: letterMask(word) });
    this.byLength.set(word.length, bucket);
  }

  /** The first of the closest words within `maxEdits` edits, if any. */
  closest(word: string, maxEdits: number): string | undefined {
    const mask = letterMask(word);
    let best: string | undefined;
    let bestDistance = maxEdits + 1;
    for (let len = word.length - maxEdits; len <= word.length + maxEdits; len++) {
      for (const candidate of this.byLength.get(len) ?? []) {
        // One edit changes at most two letters of the set, so a larger difference cannot be close.
        if (popCount(mask ^ candidate.mask) > 2 * maxEdits) continue;
        const d = distance(word, candidate.word);
        if (d < bestDistance) {
          bestDistance = d;
          best = candidate.word;
        }
      }
    }
    return best;
  }
}
