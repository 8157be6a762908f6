import { LANGS, type Lang } from "../langs.js";

/** Short codes of the measures a ranking can be by, in callback data. */
export const RANK_CODES = ["cost", "compute", "gpus", "params", "tokens"] as const;
export type RankCode = (typeof RANK_CODES)[number];

/**
 * callback_data is short ASCII (Telegram allows 64 bytes): a one-letter kind and an argument.
 * Parsing is strict, so a forged or outdated button is recognised and answered as such.
 */
export const callback = {
  fact: (factId: string) => `f:${factId}`,
  /** Ask a measure of a subject: the other reading, a near name after "not in my data". */
  ask: (subjectId: string, measure: string) => `q:${subjectId}:${measure}`,
  topic: (topicId: string) => `t:${topicId}`,
  topics: () => "t:",
  lang: (lang: Lang) => `l:${lang}`,
  example: (index: number) => `e:${index}`,
  /** A calculation button carries the context revision it was made for. */
  calc: (revision: number, action: string) => `k:${revision}:${action}`,
  compare: (a: string, b: string) => `c:${a}:${b}`,
  sources: () => "s:",
  settings: (action: string) => `g:${action}`,
  /** A ranking by a measure, top n. */
  rank: (code: RankCode, n: number) => `r:${code}:${n}`,
  /** The growth trend of a measure. */
  trend: (code: RankCode) => `r:trend:${code}`,
} as const;

export const CALLBACK_PATTERNS = {
  fact: /^f:([a-z0-9.-]{1,60})$/,
  ask: /^q:([a-z0-9.-]{1,40}):([a-z_]{1,21})$/,
  topic: /^t:([a-z0-9.-]{0,60})$/,
  lang: new RegExp(`^l:(${LANGS.join("|")})$`),
  example: /^e:(\d{1,2})$/,
  calc: /^k:(\d{1,9}):(g2|p1|p3|rub|usd)$/,
  compare: /^c:([a-z0-9.-]{1,25}):([a-z0-9.-]{1,25})$/,
  sources: /^s:$/,
  settings: /^g:(on|off|5|10|30|60)$/,
  rank: new RegExp(`^r:(${RANK_CODES.join("|")}):(\\d{1,2})$`),
  trend: new RegExp(`^r:trend:(${RANK_CODES.join("|")})$`),
} as const;
