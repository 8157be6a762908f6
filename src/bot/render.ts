import type { CalcReference } from "../calc/plan.js";
import { isEpochFact } from "../knowledge/epoch.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { measuresOf, type Measure } from "../knowledge/measures.js";
import type { Verdict } from "../knowledge/reader/verdict.js";
import type { ClaimType, Fact, Source } from "../knowledge/schema.js";
import { formatCompact, formatDate, formatNumber } from "./locales/format.js";
import { t, type Lang } from "./locales/index.js";

/** Telegram's limit for one message's text. */
export const MESSAGE_LIMIT = 4096;

/** Escapes text for Telegram HTML parse mode (also safe inside attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface RenderedAnswer {
  /** Paragraphs of HTML, each complete in itself, so a long answer can be split between them. */
  blocks: string[];
  factIds: string[];
  sourceIds: string[];
}

/** Currencies a follow-up can ask a dollar figure in. */
export type Conversion = "RUB" | "EUR";
const SYMBOL: Record<Conversion, string> = { RUB: "₽", EUR: "€" };

export interface FactsAnswerOptions {
  /** The "Reading it as: …" line, already HTML. */
  readingLine?: string;
  /** Lines that open the answer before the facts (a verdict and what was claimed), already HTML. */
  lead?: string[];
  /** Convert the main dollar figure for a follow-up ("in roubles?"). */
  convertTo?: Conversion;
  calc?: CalcReference;
}

/** "Llama 3.1 405B · training cost": what the bot took the question to be about. */
export function describeReading(
  kb: KnowledgeBase,
  subjectId: string | readonly string[] | undefined,
  measure: Measure | undefined,
  lang: Lang,
): string {
  // Several subjects are a comparison: "Gemini 2.5 Flash vs Gemini 2.0 Flash · API price".
  const ids = subjectId === undefined ? [] : typeof subjectId === "string" ? [subjectId] : subjectId;
  const parts = [
    ids.length ? ids.map((id) => kb.subjectById.get(id)?.name[lang] ?? id).join(" vs ") : undefined,
    measure ? t(lang).reader.measures[measure] : undefined,
  ];
  return escapeHtml(parts.filter((p): p is string => p !== undefined).join(" · "));
}

/**
 * Facts told together: the subject as title, each fact's text with its source numbers, the first
 * caveat, how Epoch AI made an imported estimate, and the numbered sources with their claim types.
 */
export function renderFacts(kb: KnowledgeBase, facts: readonly Fact[], lang: Lang, options: FactsAnswerOptions = {}): RenderedAnswer {
  const m = t(lang);
  const citations = new Citations();
  const refsOf = (f: Fact) => citations.refsOf(f);

  const first = facts[0];
  const blocks: string[] = [];
  const head = [...(options.readingLine ? [options.readingLine] : []), ...(options.lead ?? [])];
  if (first) {
    const subject = kb.subjectById.get(first.subject);
    head.push(`<b>${escapeHtml(subject?.name[lang] ?? first.subject)}</b>`);
    blocks.push(`${head.join("\n")}\n${escapeHtml(first.text[lang])} ${refsOf(first)}`);
    const converted = options.convertTo && options.calc ? conversion(first, options.convertTo, options.calc, lang) : undefined;
    if (converted) blocks.push(converted);
  } else if (head.length) blocks.push(head.join("\n"));
  for (const other of facts.slice(1)) blocks.push(`${escapeHtml(other.text[lang])} ${refsOf(other)}`);

  const caveat = facts.find((f) => f.caveat)?.caveat;
  if (caveat) blocks.push(`⚠️ <i>${escapeHtml(caveat[lang])}</i>`);
  const estimated = facts.find((f) => isEpochFact(f) && f.notes);
  if (estimated?.notes) blocks.push(`<i>${escapeHtml(m.reader.howEstimated(estimated.notes))}</i>`);

  if (citations.order.length) blocks.push(renderSourceList(kb, citations.order, lang, citations.types));
  return { blocks, factIds: facts.map((f) => f.id), sourceIds: citations.order };
}

/** Source numbers shared by everything one answer tells: "[1][2]" after each fact, one list at the end. */
/**
 * Records who makes a fact's claim against one of its sources. The sources of our own calculation are
 * its inputs, not calculations of ours; an Epoch AI row's second source is the paper or post Epoch cites,
 * not a researchers' estimate of its own.
 */
function addClaimType(types: Map<string, Set<ClaimType>>, fact: Fact, sourceId: string): void {
  let set = types.get(sourceId);
  if (!set) types.set(sourceId, (set = new Set()));
  const inputOnly =
    fact.sourceIds.length > 1 && (fact.claimType === "our_calculation" || (isEpochFact(fact) && sourceId !== fact.sourceIds[0]));
  if (!inputOnly) set.add(fact.claimType);
}

class Citations {
  readonly order: string[] = [];
  readonly types = new Map<string, Set<ClaimType>>();

  refsOf(fact: Fact): string {
    return fact.sourceIds
      .map((id) => {
        if (!this.order.includes(id)) this.order.push(id);
        addClaimType(this.types, fact, id);
        return `[${this.order.indexOf(id) + 1}]`;
      })
      .join("");
  }
}

/** One checked claim of a forwarded message: its words, the verdict, and the figure it was weighed against. */
export interface CheckedClaim {
  text: string;
  verdict: Verdict;
  basis: Fact | undefined;
}

/** A forwarded message's claims, each with its verdict and the fact behind it; one numbered source list. */
export function renderClaims(kb: KnowledgeBase, heading: string, claims: readonly CheckedClaim[], lang: Lang): RenderedAnswer {
  const m = t(lang).reader;
  const citations = new Citations();
  const blocks = [`<b>${escapeHtml(heading)}</b>`];
  claims.forEach((claim, i) => {
    const lines = [m.claimNumber(i + 1, escapeHtml(claim.text)), `<b>${escapeHtml(m.verdicts[claim.verdict])}</b>`];
    if (claim.basis) lines.push(`${escapeHtml(claim.basis.text[lang])} ${citations.refsOf(claim.basis)}`);
    blocks.push(lines.join("\n"));
  });
  if (citations.order.length) blocks.push(renderSourceList(kb, citations.order, lang, citations.types));
  const factIds = claims.flatMap((c) => (c.basis ? [c.basis.id] : []));
  return { blocks, factIds: [...new Set(factIds)], sourceIds: citations.order };
}

/** "≈ 451M ₽ (rate 81.01 ₽/$ on 3 Oct 2025)" for a fact stated in dollars. */
function conversion(fact: Fact, currency: Conversion, calc: CalcReference, lang: Lang): string | undefined {
  const rate = calc.rates[currency];
  if (fact.unit !== "USD" || fact.value === undefined || !rate) return undefined;
  const amount = (x: number) => `${formatCompact(x * rate.perUsd, lang)} ${SYMBOL[currency]}`;
  const figure = fact.valueHigh !== undefined ? `${amount(fact.value)}–${amount(fact.valueHigh)}` : amount(fact.value);
  const date = rate.date ? formatDate(rate.date, lang) : "—";
  return escapeHtml(t(lang).reader.converted(figure, `${formatNumber(rate.perUsd, lang)} ${SYMBOL[currency]}/$`, date));
}

/** The opening of a claim check: the verdict, then what was claimed. */
export function verdictLead(verdict: Verdict, claimed: string | undefined, lang: Lang): string[] {
  const m = t(lang).reader;
  return [`<b>${escapeHtml(m.verdicts[verdict])}</b>`, ...(claimed ? [escapeHtml(m.claimed(claimed))] : [])];
}

/**
 * The answer to a fact: a short direct answer (the fact and the facts told with it, each
 * with its source numbers), then the caveat, then numbered sources with their claim types.
 */
export function renderFactAnswer(kb: KnowledgeBase, fact: Fact, lang: Lang, options: FactsAnswerOptions = {}): RenderedAnswer {
  const told = [fact, ...fact.related.map((id) => kb.factById.get(id)).filter((f): f is Fact => f !== undefined)];
  return renderFacts(kb, told, lang, options);
}

type ClaimTypesBySource = ReadonlyMap<string, ReadonlySet<ClaimType>>;

function sourceLine(source: Source, lang: Lang, claimTypes: ReadonlySet<ClaimType> | undefined, full: boolean): string {
  const m = t(lang).sources;
  const title = escapeHtml(source.title);
  const date = escapeHtml(source.date ? formatDate(source.date, lang) : m.dateUnknown);
  const types = claimTypes?.size ? ` — <i>${escapeHtml([...claimTypes].map((c) => m.claimType[c]).join(", "))}</i>` : "";
  if (!full) {
    const linked = source.url ? `<a href="${escapeHtml(source.url)}">${title}</a>` : title;
    return `${escapeHtml(source.publisher)}, ${linked} · ${date}${types}`;
  }
  const url = source.url ? escapeHtml(source.url) : m.urlUnknown;
  return `${escapeHtml(source.publisher)}. ${title}. ${date}.${types}\n    ${url}`;
}

function sourceList(
  kb: KnowledgeBase,
  heading: string,
  sourceIds: string[],
  lang: Lang,
  claimTypes: ClaimTypesBySource,
  full: boolean,
): string {
  const lines = sourceIds.flatMap((id, i) => {
    const source = kb.sourceById.get(id);
    return source ? [`[${i + 1}] ${sourceLine(source, lang, claimTypes.get(id), full)}`] : [];
  });
  return `<b>${escapeHtml(heading)}</b>\n${lines.join("\n")}`;
}

/** Numbered, linked sources under an answer. */
export function renderSourceList(kb: KnowledgeBase, sourceIds: string[], lang: Lang, claimTypes: ClaimTypesBySource): string {
  return sourceList(kb, t(lang).sources.heading, sourceIds, lang, claimTypes, false);
}

/** /sources: the same numbering, with publisher, title, date, claim type and the full URL spelled out. */
export function renderFullSources(kb: KnowledgeBase, sourceIds: string[], factIds: string[], lang: Lang): string {
  const claimTypes = new Map<string, Set<ClaimType>>();
  for (const fact of factIds.map((id) => kb.factById.get(id))) {
    for (const sourceId of fact?.sourceIds ?? []) if (fact) addClaimType(claimTypes, fact, sourceId);
  }
  return sourceList(kb, t(lang).sources.fullHeading, sourceIds, lang, claimTypes, true);
}

/**
 * Short button label for a fact: its first phrasing in the language, as a question; an imported fact,
 * which has none, is labelled by its subject and measure ("Grok 3 — training cost").
 */
export function factLabel(fact: Fact, lang: Lang, max = 60, kb?: KnowledgeBase): string {
  const phrasing = fact.phrasings[lang][0];
  let label: string;
  if (phrasing !== undefined) {
    const capitalised = phrasing.charAt(0).toUpperCase() + phrasing.slice(1);
    label = /[?？]$/.test(capitalised) || fact.metric === "conclusion" ? capitalised : `${capitalised}?`;
  } else {
    const measure = measuresOf(fact)[0];
    const subject = kb?.subjectById.get(fact.subject)?.name[lang] ?? fact.subject;
    label = measure ? t(lang).reader.askButton(subject, t(lang).reader.measures[measure]) : subject;
  }
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/**
 * Joins blocks into as few messages as fit Telegram's limit, splitting only between blocks.
 * A single oversized block (never produced by our renderers) is cut on a line boundary.
 */
export function packMessages(blocks: string[], limit = MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = "";
  for (const block of blocks.flatMap((b) => (b.length > limit ? splitOversized(b, limit) : [b]))) {
    const candidate = current ? `${current}\n\n${block}` : block;
    if (candidate.length <= limit) current = candidate;
    else {
      if (current) messages.push(current);
      current = block;
    }
  }
  if (current) messages.push(current);
  return messages;
}

function splitOversized(block: string, limit: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const line of block.split("\n")) {
    // A cut inside markup would break the message: an overlong line loses its tags and is cut
    // before any half entity.
    const piece =
      line.length > limit
        ? `${line
            .replace(/<[^>]*>/g, "")
            .slice(0, limit - 1)
            .replace(/&[a-z]*$/, "")}…`
        : line;
    if (current && current.length + 1 + piece.length > limit) {
      out.push(current);
      current = piece;
    } else current = current ? `${current}\n${piece}` : piece;
  }
  if (current) out.push(current);
  return out;
}
