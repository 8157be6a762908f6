import type { Subject } from "../schema.js";
import { toNfkc, WordsByLength } from "../text.js";

/**
 * Finds the subjects a question names — models, companies, chips, publishers — by their aliases, with
 * spacing, hyphens, glued versions ("llama3.1", "gpt4o") and small typos forgiven. It also notices a
 * name it does not know that continues a known one ("Gemini 3 Ultra", "GPT-4.1", "Grok 3 mini"), so
 * the answer can say "not in my data" instead of lending the neighbour's figure.
 */

interface AliasEntry {
  tokens: string[];
  subjectIds: string[];
}

export interface SubjectMention {
  /** Subjects this mention may mean, best first (a family name or a shared alias gives several). */
  subjectIds: string[];
  /** The words as written. */
  text: string;
  start: number;
  end: number;
  /** True when some word of it was matched through a typo correction. */
  corrected: boolean;
}

/** A name that starts like a known subject but goes on with a version the data lacks. */
export interface UnknownName {
  text: string;
  start: number;
  end: number;
  /** Known subjects it is close to: offered as buttons, never answered with. */
  near: string[];
}

export interface SubjectReading {
  mentions: SubjectMention[];
  unknown: UnknownName[];
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Lower case, ё → е, NFKC, then words split where letters meet digits ("gpt4o" → gpt 4 o, "405b" →
 * 405 b), so "Llama-3.1-405B", "llama 3.1 405b" and "llama3.1 405b" all read the same. Decimal points
 * inside numbers stay ("3.1"). With `forms`, words written in Cyrillic read as the Latin words they
 * spell ("грок" → grok, "ультра" → ultra), and so does a single letter glued to a number ("405б", "4о").
 */
export function nameTokens(text: string, forms?: ReadonlyMap<string, string>, letters: "glued" | "adjacent" = "glued"): Token[] {
  const s = toNfkc(text.toLowerCase()).replace(/ё/g, "е");
  const tokens: Token[] = [];
  for (const m of s.matchAll(/\d+(?:\.\d+)*|\p{L}+/gu)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  if (!forms) return tokens;
  return tokens.map((token, i) => {
    const latin =
      forms.get(token.text) ?? (CYRILLIC.test(token.text) && token.text.length > 3 ? withoutEnding(token.text, forms) : undefined);
    if (latin === undefined) return token;
    if (token.text.length === 1) {
      // In a question "в" is usually "in"; next to a number, as in "в3" or "405б", it is a letter of the name.
      const touches = (other: Token | undefined) =>
        other !== undefined && /^\d/.test(other.text) && (letters === "adjacent" || other.end === token.start || other.start === token.end);
      if (!touches(tokens[i - 1]) && !touches(tokens[i + 1])) return token;
    }
    return { ...token, text: latin };
  });
}

const CYRILLIC = /[а-я]/;
/** Case endings Russian adds to names: "у грока", "клода", "с ламой". */
const ENDINGS = ["ами", "ом", "ой", "ем", "ах", "ам", "ов", "у", "а", "е", "ы", "и", "ю"];
function withoutEnding(word: string, forms: ReadonlyMap<string, string>): string | undefined {
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    const found = forms.get(stem) ?? forms.get(`${stem}а`) ?? forms.get(`${stem}ь`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Words that carry a model's version or size: after a known name they make it another model. */
const VERSION_WORDS = new Set(
  (
    "pro ultra flash lite mini nano turbo max opus sonnet haiku instruct chat coder vision preview exp plus large small medium " +
    "scout maverick behemoth heavy fast thinking reasoner omni o b m x k r v e"
  ).split(" "),
);
export const isVersionToken = (t: string) => (/^\d+(?:\.\d+)*$/.test(t) ? !/^(?:19|20)\d\d$/.test(t) : VERSION_WORDS.has(t));

/** Words that make the number before them a figure or a date ("Stargate 500 млрд", "Nvidia 27 января"), not a version. */
const FIGURE_WORD =
  /^(?:млн|млрд|трлн|тыс|тыщ\p{L}*|лям\p{L}*|ярд\p{L}*|миллион\p{L}*|миллиард\p{L}*|million\p{L}*|billion\p{L}*|thousand\p{L}*|trillion\p{L}*|k|к|usd|долл\p{L}*|бакс\p{L}*|dollars?|gpus?|гпу|видеокарт\p{L}*|видюх\p{L}*|карт\p{L}*|час\p{L}*|hours?|дн\p{L}*|days?|токен\p{L}*|tokens?|параметр\p{L}*|params?|parameters?|раз|times|человек|people|ppl|сотрудник\p{L}*|employees|engineers|инженер\p{L}*|researchers|исследовател\p{L}*|лет|years?|январ\p{L}*|феврал\p{L}*|марта?|апрел\p{L}*|ма[яй]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*)$/u;

export class SubjectIndex {
  /** Aliases by their first word, longest first. */
  private readonly byFirst = new Map<string, AliasEntry[]>();
  /** Every word of every alias, for typo correction. */
  private readonly vocabulary = new WordsByLength();
  private readonly known = new Set<string>();
  private readonly corrections = new Map<string, string | undefined>();

  constructor(
    subjects: readonly Pick<Subject, "id" | "aliases" | "name" | "family">[],
    stopwords: ReadonlySet<string> = new Set(),
    private readonly forms: ReadonlyMap<string, string> = new Map(),
  ) {
    const entries = new Map<string, AliasEntry>();
    // A family's name ("GPT-4o") stands for every version in it; the one that owns the alias comes first.
    const families = new Map<string, string[]>();
    for (const subject of subjects) if (subject.family) families.set(subject.family, [...(families.get(subject.family) ?? []), subject.id]);
    for (const subject of subjects) {
      const names = [subject.id, subject.name.en, subject.name.ru, ...subject.aliases];
      for (const alias of new Set(names)) {
        const tokens = nameTokens(alias, forms, "adjacent").map((t) => t.text);
        // A one-word alias that is also an everyday word ("run", "chat") would find subjects everywhere.
        if (tokens.length === 0 || (tokens.length === 1 && stopwords.has(tokens[0]!))) continue;
        const key = tokens.join(" ");
        const entry = entries.get(key);
        if (entry) {
          if (!entry.subjectIds.includes(subject.id)) entry.subjectIds.push(subject.id);
        } else entries.set(key, { tokens, subjectIds: [subject.id] });
      }
    }
    for (const [family, members] of families) {
      const tokens = nameTokens(family, forms, "adjacent").map((t) => t.text);
      const key = tokens.join(" ");
      const entry = entries.get(key) ?? { tokens, subjectIds: [] };
      entries.set(key, entry);
      for (const id of members) if (!entry.subjectIds.includes(id)) entry.subjectIds.push(id);
    }
    for (const entry of entries.values()) {
      const first = entry.tokens[0]!;
      const list = this.byFirst.get(first) ?? [];
      list.push(entry);
      this.byFirst.set(first, list);
      for (const word of entry.tokens) {
        if (this.known.has(word)) continue;
        this.known.add(word);
        this.vocabulary.add(word);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  read(text: string): SubjectReading {
    const tokens = nameTokens(text, this.forms);
    const words = tokens.map((t) => this.correct(t.text));
    const mentions: SubjectMention[] = [];
    const unknown: UnknownName[] = [];
    for (let i = 0; i < tokens.length;) {
      const match = this.longestAt(words, i);
      if (!match) {
        const other = this.otherVersionAt(text, tokens, words, i);
        if (other) {
          unknown.push(other.name);
          i = other.next;
        } else i++;
        continue;
      }
      const last = i + match.entry.tokens.length - 1;
      // A version or size right after the name, which no alias covers, makes it a different model.
      let end = last;
      while (end + 1 < tokens.length && this.continuesName(text, tokens, end) && this.longestAt(words, end + 1) === undefined) end++;
      const span = { start: tokens[i]!.start, end: tokens[end]!.end };
      const corrected = words.slice(i, last + 1).some((w, k) => w !== tokens[i + k]!.text);
      if (end > last) unknown.push({ text: text.slice(span.start, span.end), ...span, near: match.entry.subjectIds });
      else mentions.push({ subjectIds: match.entry.subjectIds, text: text.slice(span.start, span.end), ...span, corrected });
      i = end + 1;
    }
    return { mentions, unknown };
  }

  /**
   * Whether the word after `tokens[end]` is part of the same name: a version or size written right after
   * it ("Gemini 3 Ultra", "Llama 3.1 8B"), not a figure about it ("V3 — 6 млн $", "Stargate 500 млрд").
   */
  private continuesName(text: string, tokens: Token[], end: number): boolean {
    const next = tokens[end + 1]!;
    if (!/^[\s.-]*$/.test(text.slice(tokens[end]!.end, next.start))) return false;
    if (!isVersionToken(next.text)) return false;
    if (!/^\d/.test(next.text)) return true;
    const after = tokens[end + 2];
    if (/^\s*[$%₽€]/.test(text.slice(next.end))) return false;
    return !(after && text.slice(next.end, after.start).trim() === "" && FIGURE_WORD.test(after.text));
  }

  /**
   * The longest alias at word i; failing that, the names that the words typed begin ("qwen3 235b" for
   * Qwen3-235B-A22B and its Thinking and Instruct versions), when at least two words are typed and they
   * go further than any whole alias.
   */
  private longestAt(words: string[], i: number): { entry: AliasEntry } | undefined {
    // "кто из бигтеха": a Russian name declined, when only its plain form starts an alias.
    const first = this.byFirst.has(words[i]!) ? words[i]! : this.declinedFirst(words[i]!);
    const at = (k: number) => (k === 0 ? first : words[i + k]);
    const entries = this.byFirst.get(first) ?? [];
    const whole = entries.find((entry) => entry.tokens.every((t, k) => at(k) === t));
    let prefixLength = 0;
    let prefixed: AliasEntry[] = [];
    for (const entry of entries) {
      let k = 0;
      while (k < entry.tokens.length && at(k) === entry.tokens[k]) k++;
      // "hgx h200" does not begin "HGX H20": a number typed where the name has another is another name.
      if (k === entry.tokens.length || k < 2 || /^\d/.test(at(k) ?? "")) continue;
      if (k > prefixLength) [prefixLength, prefixed] = [k, [entry]];
      else if (k === prefixLength) prefixed.push(entry);
    }
    if (prefixLength > (whole?.tokens.length ?? 0)) {
      const subjectIds = [...new Set(prefixed.flatMap((e) => e.subjectIds))];
      return { entry: { tokens: [first, ...words.slice(i + 1, i + prefixLength)], subjectIds } };
    }
    return whole ? { entry: whole } : undefined;
  }

  /**
   * "GPT-4.1", "Llama 3.2 90B", "DeepSeek V2": a known name's first word with a version number no alias
   * has. Returns the unknown name (with the versions that are known, closest first) and where reading goes on.
   */
  private otherVersionAt(text: string, tokens: Token[], words: string[], i: number): { name: UnknownName; next: number } | undefined {
    const version = words[i + 1];
    if (version === undefined || !/^\d/.test(version) || !/^[\s-]*$/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start)))
      return undefined;
    if (!this.continuesName(text, tokens, i)) return undefined;
    // A one-letter word is a name's only when glued to its number ("a 5.5B hit" is no model "A 5.5").
    if (words[i]!.length === 1 && tokens[i]!.end !== tokens[i + 1]!.start) return undefined;
    const siblings = (this.byFirst.get(words[i]!) ?? []).filter((e) => /^\d/.test(e.tokens[1] ?? "") && e.tokens[1] !== version);
    if (siblings.length === 0) return undefined;
    let end = i + 1;
    while (end + 1 < tokens.length && this.continuesName(text, tokens, end) && this.longestAt(words, end + 1) === undefined) end++;
    const typed = Number.parseFloat(version);
    const near = [...siblings]
      .sort((a, b) => Math.abs(Number.parseFloat(a.tokens[1]!) - typed) - Math.abs(Number.parseFloat(b.tokens[1]!) - typed))
      .flatMap((e) => e.subjectIds);
    const span = { start: tokens[i]!.start, end: tokens[end]!.end };
    return { name: { text: text.slice(span.start, span.end), ...span, near: [...new Set(near)].slice(0, 4) }, next: end + 1 };
  }

  /** A Cyrillic word without its case ending, when that plain form starts an alias ("бигтеха" → "бигтех"). */
  private declinedFirst(word: string): string {
    if (!CYRILLIC.test(word) || word.length <= 4) return word;
    for (const ending of ENDINGS) {
      const stem = word.slice(0, -ending.length);
      if (word.endsWith(ending) && this.byFirst.has(stem)) return stem;
    }
    return word;
  }

  /** The word itself if an alias uses it; else one alias word within one edit (two for long words); else the word. */
  private correct(word: string): string {
    // Names are short and many look alike ("lambda" is no "LaMDA"): only longer words are corrected.
    if (this.known.has(word) || word.length < 7 || /\d/.test(word)) return word;
    if (this.corrections.has(word)) return this.corrections.get(word) ?? word;
    const best = this.vocabulary.closest(word, word.length >= 10 ? 2 : 1);
    if (this.corrections.size > 50_000) this.corrections.clear();
    this.corrections.set(word, best);
    return best ?? word;
  }
}
