import { readFileSync } from "node:fs";
import type { User } from "grammy/types";
import { messageUpdate, privateChat, textMessage } from "../../src/bot/local-updates.js";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { measuresOf } from "../../src/knowledge/measures.js";
import type { AnswerOutcome } from "../../src/db/schema.js";
import type { Fact, Subject } from "../../src/knowledge/schema.js";
import type { ApiCall, TestBot } from "./harness.js";
import { stored } from "./db.js";

/** One labelled item of a question set (format: tests/fixtures/questions/README.md). */
export interface QuestionItem {
  id: string;
  q?: string;
  turns?: string[];
  lang: "ru" | "en";
  clientLang?: string;
  kind: "figure" | "check" | "why" | "compare" | "calc" | "ranking" | "missing_measure" | "not_in_data" | "offtopic";
  subjects?: string[];
  measure?: string | string[];
  verdicts?: string[];
  value?: number;
  unit?: string;
  currency?: "RUB" | "EUR";
  note?: string;
}

export type Judgement = "right" | "wrong" | "unanswered";

export interface ItemResult {
  item: QuestionItem;
  judgement: Judgement;
  /** What the bot did, in a few words, for a readable report. */
  got: string;
  why?: string;
}

export interface SetReport {
  results: ItemResult[];
  answerable: number;
  right: number;
  wrong: number;
  unanswered: number;
  offtopic: number;
  offtopicWithoutFigure: number;
}

export function loadQuestionSet(name: string): QuestionItem[] {
  const url = new URL(`../fixtures/questions/${name}.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, "utf8")) as { items: QuestionItem[] }).items;
}

/** What the bot's answer was, read from its answer record (and, for older records, from what it sent). */
export type Outcome = AnswerOutcome | "none";

interface Answer {
  outcome: Outcome;
  facts: Fact[];
  verdict: string | undefined;
  text: string;
  /** The measure the bot's reading settled on, when it recorded one. */
  measure?: string | null;
}

const slug = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** The Epoch rows a subject stands for: a curated subject lists them; an imported one is its row. */
const epochNamesOf = (s: Subject): string[] => s.epochModels ?? (s.kind === "model" ? [s.name.en] : []);

/** Subject ids that a label (curated id, `epoch:<Model>`, `family:<name>`) accepts. */
export function acceptedSubjects(kb: KnowledgeBase, labels: readonly string[]): Set<string> {
  const accepted = new Set<string>();
  for (const label of labels) {
    if (label.startsWith("epoch:")) {
      const model = label.slice("epoch:".length);
      const owner = kb.subjects.find((s) => epochNamesOf(s).includes(model));
      accepted.add(owner?.id ?? slug(model));
    } else if (label.startsWith("family:")) {
      const family = label.slice("family:".length);
      for (const s of kb.subjects) {
        if (s.family === family || epochNamesOf(s).some((m) => m === family || m.startsWith(`${family} (`))) accepted.add(s.id);
      }
      accepted.add(slug(family));
    } else accepted.add(label);
  }
  return accepted;
}

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

function sentTexts(calls: ApiCall[]): string[] {
  return calls.flatMap((c) =>
    c.method === "sendMessage" || c.method === "editMessageText"
      ? [plain(String(c.payload.text))]
      : c.method === "sendPhoto" && typeof c.payload.caption === "string"
        ? [plain(c.payload.caption)]
        : [],
  );
}

/** The language a reply is written in: mostly Cyrillic letters → ru. */
export function replyLanguage(text: string): "ru" | "en" | undefined {
  const cyrillic = (text.match(/[а-яё]/gi) ?? []).length;
  const latin = (text.match(/[a-z]/gi) ?? []).length;
  if (cyrillic + latin === 0) return undefined;
  return cyrillic / (cyrillic + latin) >= 0.3 ? "ru" : "en";
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** "$5,6 млн", "$11.8M", "$1,2 млрд", "590 тыс. $", "6.3·10²⁴" → a number; the result of a calculation is after "=" or "≈". */
export function calcResult(text: string): number | undefined {
  const m =
    /[=≈]\s*(?:\$\s*)?([\d\s ]+(?:,\d{3})*(?:[.,]\d+)?)(?:\s*[·×x]\s*10([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\d+))?\s*(трлн|млрд|млн|тыс\.?|[kmbt]\b|thousand|million|billion|trillion)?/iu.exec(
      text,
    );
  if (!m) return undefined;
  const exponent = m[2] ? Number(m[2].startsWith("^") ? m[2].slice(1) : [...m[2]].map((d) => SUPERSCRIPT.indexOf(d)).join("")) : 0;
  // English groups thousands with commas ("1,361.3"), Russian writes decimals with one ("56,7").
  const digits = m[1]!.replace(/[\s ]/g, "");
  // "$4,400" is English thousands too: the bot's Russian decimals never run to three digits.
  const thousands = digits.includes(".") || /^\d{1,3}(?:,\d{3})+$/.test(digits);
  const number = Number(thousands ? digits.replace(/,/g, "") : digits.replace(",", ".")) * 10 ** exponent;
  const scale: Record<string, number> = {
    тыс: 1e3,
    "тыс.": 1e3,
    k: 1e3,
    thousand: 1e3,
    млн: 1e6,
    m: 1e6,
    million: 1e6,
    млрд: 1e9,
    b: 1e9,
    billion: 1e9,
    трлн: 1e12,
    t: 1e12,
    trillion: 1e12,
  };
  return number * (m[3] ? (scale[m[3].toLowerCase()] ?? 1) : 1);
}

interface AnswerRecordLike {
  status: string;
  factIds: string[];
  replyText: string;
  outcome?: string | null;
  verdict?: string | null;
  reading?: { measure: string | null } | null;
}

function readAnswer(kb: KnowledgeBase, record: AnswerRecordLike | undefined, calls: ApiCall[]): Answer {
  const text = sentTexts(calls).join("\n\n");
  const facts = (record?.factIds ?? []).map((id) => kb.factById.get(id)).filter((f): f is Fact => f !== undefined);
  if (record?.outcome)
    return {
      outcome: record.outcome as Outcome,
      facts,
      verdict: record.verdict ?? undefined,
      text,
      measure: record.reading?.measure ?? null,
    };
  // Records made before the reader stored its outcome: tell it from what was sent.
  let outcome: Outcome;
  if (!record) outcome = text ? "offtopic" : "none";
  else if (calls.some((c) => c.method === "sendPhoto") || /Сравнение|Comparison|дешевле|cheaper/.test(text.split("\n")[0] ?? ""))
    outcome = "compare";
  else if (/×[^=\n]*=/.test(text)) outcome = "calc";
  else if (record.status === "ambiguous") outcome = "clarify";
  else if (record.status === "answered") outcome = "answer";
  else if (/Такой цифры для|I have no such figure/.test(text)) outcome = "missing_measure";
  else outcome = "dont_know";
  return { outcome, facts, verdict: undefined, text };
}

const DETAIL_KEYS: Record<string, keyof NonNullable<Fact["details"]>> = {
  gpu_count: "gpus",
  gpu_hours: "gpuHours",
  parameters: "parameters",
  training_tokens: "tokens",
  training_compute: "flop",
  hardware: "gpuModel",
};
const detailFor = (fact: Fact, measure: string) => {
  const key = DETAIL_KEYS[measure];
  return key !== undefined && fact.details?.[key] !== undefined;
};

const FIGURE_OUTCOMES: ReadonlySet<Outcome> = new Set(["answer", "check", "compare", "calc", "ranking"]);

function judge(kb: KnowledgeBase, item: QuestionItem, answer: Answer): { judgement: Judgement; why?: string } {
  const expectedSubjects = acceptedSubjects(kb, item.subjects ?? []);
  const expectedMeasures = new Set([item.measure ?? []].flat());
  const main = answer.facts[0];
  const givesFigure = FIGURE_OUTCOMES.has(answer.outcome) && (answer.outcome === "calc" || answer.facts.some((f) => f.value !== undefined));
  const subjectOk = (f: Fact | undefined) => f !== undefined && (expectedSubjects.size === 0 || expectedSubjects.has(f.subject));
  // A fact may state the figure asked in its details ("R1: $294K on 512 H800s" for a GPU count): the reading's measure says so.
  const statesAsked = (f: Fact) => answer.measure != null && expectedMeasures.has(answer.measure) && detailFor(f, answer.measure);
  const measureOk = (f: Fact | undefined) =>
    f !== undefined && (expectedMeasures.size === 0 || measuresOf(f).some((m) => expectedMeasures.has(m)) || statesAsked(f));
  // The language of the answer's opening paragraph: not of the source titles or Epoch's English notes it quotes.
  const language = replyLanguage(answer.text.split("\n\n")[0] ?? answer.text);
  const wrongLanguage = language !== undefined && language !== item.lang;

  switch (item.kind) {
    case "offtopic":
    case "not_in_data":
      if (givesFigure) return { judgement: "wrong", why: "a figure for something not asked" };
      if (item.kind === "not_in_data" && !["not_in_data", "dont_know", "missing_measure"].includes(answer.outcome))
        return { judgement: "unanswered", why: `outcome ${answer.outcome}` };
      return wrongLanguage ? { judgement: "unanswered", why: "wrong language" } : { judgement: "right" };
    case "missing_measure":
      if (givesFigure && !(subjectOk(main) && measureOk(main))) return { judgement: "wrong", why: "another measure given as the answer" };
      if (answer.outcome !== "missing_measure") return { judgement: "unanswered", why: `outcome ${answer.outcome}` };
      return wrongLanguage ? { judgement: "unanswered", why: "wrong language" } : { judgement: "right" };
    case "calc": {
      // A result asked in roubles or euros is the converted line ("≈ 40,7 млн ₽"), not the dollars above it.
      const symbol = item.unit === "RUB" ? "₽" : item.unit === "EUR" ? "€" : undefined;
      const convertedLine = symbol ? answer.text.split("\n").find((l) => l.includes(symbol) && /[=≈]/.test(l)) : undefined;
      if (answer.outcome !== "calc") {
        // The figure asked, told as a fact rather than computed ("V3 + R1: $5.87M", a fact's "≈ 47,7 трлн ₽" line), is
        // what the user wanted: judged by its number like a calculation's result.
        const told = symbol ? (convertedLine ? calcResult(convertedLine) : undefined) : item.unit === main?.unit ? main?.value : undefined;
        if (item.value !== undefined && told !== undefined && Math.abs(told - item.value) <= 0.01 * item.value)
          return wrongLanguage ? { judgement: "unanswered", why: "wrong language" } : { judgement: "right" };
        return givesFigure ? { judgement: "wrong", why: `${answer.outcome} instead of a calculation` } : { judgement: "unanswered" };
      }
      if (item.value !== undefined) {
        const result = calcResult(convertedLine ?? answer.text);
        if (result === undefined) return { judgement: "unanswered", why: "no result found" };
        if (Math.abs(result - item.value) > 0.01 * item.value)
          return { judgement: "wrong", why: `result ${result} instead of ${item.value}` };
      }
      return wrongLanguage ? { judgement: "unanswered", why: "wrong language" } : { judgement: "right" };
    }
    case "compare": {
      if (answer.outcome !== "compare") {
        if (givesFigure && !subjectOk(main)) return { judgement: "wrong", why: `${answer.outcome} about ${main?.subject}` };
        return { judgement: "unanswered", why: `outcome ${answer.outcome}` };
      }
      const compared = new Set(answer.facts.map((f) => f.subject));
      const hits = [...compared].filter((s) => expectedSubjects.has(s)).length;
      if (hits < Math.min(2, expectedSubjects.size)) return { judgement: "wrong", why: `compared ${[...compared].join(", ")}` };
      return wrongLanguage ? { judgement: "unanswered", why: "wrong language" } : { judgement: "right" };
    }
    case "ranking":
      if (answer.outcome === "ranking") return wrongLanguage ? { judgement: "unanswered", why: "wrong language" } : { judgement: "right" };
      return givesFigure ? { judgement: "wrong", why: `${answer.outcome} instead of a ranking` } : { judgement: "unanswered" };
    default: {
      // figure, check, why
      if (givesFigure && !(subjectOk(main) && measureOk(main))) {
        return { judgement: "wrong", why: `${main?.subject ?? "?"} · ${main ? measuresOf(main).join("/") : "?"}` };
      }
      if (item.kind === "check" && answer.verdict !== undefined && !(item.verdicts ?? []).includes(answer.verdict)) {
        return { judgement: "wrong", why: `verdict ${answer.verdict}` };
      }
      // "Not verifiable" where the data has nothing to weigh the claim against needs no fact to be right.
      if (
        item.kind === "check" &&
        answer.outcome === "check" &&
        answer.verdict === "not_verifiable" &&
        item.verdicts?.includes("not_verifiable")
      )
        return wrongLanguage ? { judgement: "unanswered", why: "wrong language" } : { judgement: "right" };
      const answered =
        item.kind === "why" ? ["answer", "explain", "check"].includes(answer.outcome) : ["answer", "check"].includes(answer.outcome);
      if (!answered || !subjectOk(main) || !measureOk(main)) return { judgement: "unanswered", why: `outcome ${answer.outcome}` };
      if (item.kind === "check" && answer.verdict === undefined) return { judgement: "unanswered", why: "no verdict" };
      if (item.currency === "RUB" && !/₽|руб|rouble|ruble/i.test(answer.text)) return { judgement: "unanswered", why: "not in roubles" };
      if (item.currency === "EUR" && !/€|евро|euro/i.test(answer.text)) return { judgement: "unanswered", why: "not in euros" };
      return wrongLanguage ? { judgement: "unanswered", why: "wrong language" } : { judgement: "right" };
    }
  }
}

/** Sends every item through the bot (a fresh private chat each) and judges what it answered. */
export async function runQuestionSet(bot: TestBot, items: QuestionItem[], firstUserId = 800_000): Promise<SetReport> {
  const kb = bot.app.deps.kb;
  const results: ItemResult[] = [];
  for (const [index, item] of items.entries()) {
    const user: User = { id: firstUserId + index, is_bot: false, first_name: "Q", language_code: item.clientLang ?? item.lang };
    let calls: ApiCall[] = [];
    for (const turn of item.turns ?? [item.q ?? ""]) calls = await bot.handle(messageUpdate(textMessage(turn, user, privateChat(user))));
    const records = stored(bot.app.database.db).answersForChat(user.id);
    const answer = readAnswer(kb, records.at(-1), calls);
    const { judgement, why } = judge(kb, item, answer);
    const main = answer.facts[0];
    const got = `${answer.outcome}${main ? ` ${main.id}` : ""}${answer.verdict ? ` [${answer.verdict}]` : ""}`;
    results.push({ item, judgement, got, ...(why ? { why } : {}) });
  }
  const answerable = results.filter((r) => r.item.kind !== "offtopic" && r.item.kind !== "not_in_data");
  const offtopic = results.filter((r) => r.item.kind === "offtopic");
  return {
    results,
    answerable: answerable.length,
    right: answerable.filter((r) => r.judgement === "right").length,
    wrong: results.filter((r) => r.judgement === "wrong").length,
    unanswered: answerable.filter((r) => r.judgement === "unanswered").length,
    offtopic: offtopic.length,
    offtopicWithoutFigure: offtopic.filter((r) => r.judgement === "right").length,
  };
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : "—");

/** The lines a test prints: the scores, then every wrong answer and (optionally) every miss. */
export function describeReport(name: string, report: SetReport, { misses = false, wrongs = true } = {}): string[] {
  const lines = [
    `[${name}] right ${report.right}/${report.answerable} answerable = ${pct(report.right, report.answerable)}; ` +
      `wrong ${report.wrong}/${report.results.length} = ${pct(report.wrong, report.results.length)}; ` +
      `off-topic without a figure ${report.offtopicWithoutFigure}/${report.offtopic}`,
  ];
  for (const r of report.results) {
    if ((wrongs && r.judgement === "wrong") || (misses && r.judgement === "unanswered")) {
      const q = r.item.q ?? r.item.turns?.join(" → ") ?? "";
      lines.push(`[${name}]   ${r.judgement} ${r.item.id} ${r.item.kind}: ${q} → ${r.got}${r.why ? ` (${r.why})` : ""}`);
    }
  }
  return lines;
}
