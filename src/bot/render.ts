import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { ClaimType, Fact, Source } from "../knowledge/schema.js";
import { formatDate } from "./locales/format.js";
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

/**
 * The answer to a fact: a short direct answer (the fact and the facts told with it, each
 * with its source numbers), then the caveat, then numbered sources with their claim types.
 */
export function renderFactAnswer(kb: KnowledgeBase, fact: Fact, lang: Lang): RenderedAnswer {
  const told = [fact, ...fact.related.map((id) => kb.factById.get(id)).filter((f): f is Fact => f !== undefined)];
  const sourceOrder: string[] = [];
  const claimTypesBySource = new Map<string, Set<ClaimType>>();
  const refsOf = (f: Fact): string =>
    f.sourceIds
      .map((id) => {
        if (!sourceOrder.includes(id)) sourceOrder.push(id);
        let types = claimTypesBySource.get(id);
        if (!types) claimTypesBySource.set(id, (types = new Set()));
        types.add(f.claimType);
        return `[${sourceOrder.indexOf(id) + 1}]`;
      })
      .join("");

  const subject = kb.subjectById.get(fact.subject);
  const title = `<b>${escapeHtml(subject?.name[lang] ?? fact.subject)}</b>`;
  const blocks = [`${title}\n${escapeHtml(fact.text[lang])} ${refsOf(fact)}`];
  for (const other of told.slice(1)) blocks.push(`${escapeHtml(other.text[lang])} ${refsOf(other)}`);

  const caveat = told.find((f) => f.caveat)?.caveat;
  if (caveat) blocks.push(`⚠️ <i>${escapeHtml(caveat[lang])}</i>`);

  blocks.push(renderSourceList(kb, sourceOrder, lang, claimTypesBySource));
  return { blocks, factIds: told.map((f) => f.id), sourceIds: sourceOrder };
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
    for (const sourceId of fact?.sourceIds ?? []) {
      const types = claimTypes.get(sourceId) ?? new Set<ClaimType>();
      if (fact) types.add(fact.claimType);
      claimTypes.set(sourceId, types);
    }
  }
  return sourceList(kb, t(lang).sources.fullHeading, sourceIds, lang, claimTypes, true);
}

/** Short button label for a fact: its first phrasing in the language, as a question. */
export function factLabel(fact: Fact, lang: Lang, max = 60): string {
  const phrasing = fact.phrasings[lang][0] ?? fact.id;
  const label = phrasing.charAt(0).toUpperCase() + phrasing.slice(1);
  const withMark = /[?？]$/.test(label) || fact.metric === "conclusion" ? label : `${label}?`;
  return withMark.length > max ? `${withMark.slice(0, max - 1)}…` : withMark;
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
