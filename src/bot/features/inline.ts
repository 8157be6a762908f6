import { Composer } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import { hasCalcParameters, parseCalcQuery } from "../../calc/parse.js";
import { mergeParams, planCalculation } from "../../calc/plan.js";
import { epochCredit } from "../../knowledge/attribution.js";
import { compare, defaultPartner, factsOf, isComparable, resolveCompareSubjects, type FigureKind } from "../../knowledge/compare.js";
import { isEpochFact } from "../../knowledge/epoch.js";
import { measuresOf } from "../../knowledge/measures.js";
import { COMPARE_WORDS, hasCalcProblems } from "../../knowledge/reader/reading.js";
import type { Fact } from "../../knowledge/schema.js";
import type { BotContext, BotDeps } from "../context.js";
import { escapeHtml, factLabel, MESSAGE_LIMIT, packMessages, renderFactAnswer, type RenderedAnswer } from "../render.js";
import { renderCalculation } from "../render-calc.js";
import { renderComparison } from "../render-compare.js";
import { t, type Lang } from "../locales/index.js";

/** `@bot …` in any chat: a handful of ready messages, each complete with its sources. */
export const inline = new Composer<BotContext>();

/** Short, so new facts and corrections show up quickly; per user, because answers follow their language. */
export const INLINE_CACHE_SECONDS = 10;
const MAX_RESULTS = 5;
const POPULAR_FACTS = ["article-v3-6m", "v3-training-cost", "gpt4-altman", "r1-training-cost", "ds-fleet"];

/** What one inline result would send: its id, how it is listed, and the rendered answer. */
interface Offer {
  id: string;
  title: string;
  description: string;
  answer: RenderedAnswer;
}

/** One article; the message must fit in one Telegram message, so it is cut between blocks if need be. */
function article({ id, title, description, answer }: Offer): InlineQueryResultArticle {
  const [text] = packMessages(answer.blocks, MESSAGE_LIMIT);
  return {
    type: "article",
    id,
    title: title.slice(0, 100),
    description: description.slice(0, 200),
    input_message_content: { message_text: text ?? "", parse_mode: "HTML", link_preview_options: { is_disabled: true } },
  };
}

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** A model's figures offered for its name alone ("@bot grok 3"), in this order: what people ask first. */
const MODEL_FIGURES: readonly [FigureKind, (fact: Fact) => boolean][] = [
  ["cost", (f) => f.unit === "USD" && measuresOf(f).includes("training_cost") && f.metric !== "hardware_acquisition_cost"],
  ["compute", (f) => f.metric === "training_compute" && f.unit === "FLOP"],
  ["gpus", (f) => f.metric === "gpu_count"],
  ["trainingTime", (f) => f.metric === "training_time" && f.unit === "hours"],
  ["gpuHours", (f) => f.metric === "gpu_hours"],
  ["parameters", (f) => f.metric === "parameters"],
  ["tokens", (f) => f.metric === "training_tokens"],
];

/** The answer to a fact, with Epoch AI's credit before the sources when the fact is from its table. */
function factAnswer(deps: BotDeps, fact: Fact, lang: Lang): RenderedAnswer {
  const answer = renderFactAnswer(deps.kb, fact, lang);
  if (!answer.factIds.some((id) => isEpochFact(deps.kb.factById.get(id) ?? { sourceIds: [] }))) return answer;
  const blocks = [...answer.blocks];
  blocks.splice(blocks.length - 1, 0, `<i>${escapeHtml(epochCredit(lang))}</i>`);
  return { ...answer, blocks };
}

/** The results for a query, best first. Deterministic, so a chosen result can be rebuilt for the record. */
function offersFor(deps: BotDeps, lang: Lang, rawQuery: string): Offer[] {
  const { kb, matcher, reader, calc, repo } = deps;
  const query = rawQuery.trim().slice(0, 256);
  const offers: Offer[] = [];
  const factOffer = (fact: Fact): Offer => {
    const subject = kb.subjectById.get(fact.subject)?.name[lang] ?? fact.subject;
    const kind = MODEL_FIGURES.find(([, test]) => test(fact))?.[0];
    // Imported facts have no phrasing to label them: the model and the figure instead.
    const title =
      fact.phrasings[lang].length || !kind ? factLabel(fact, lang, 100) : t(lang).inline.modelFact(subject, t(lang).inline.figures[kind]);
    return { id: `f:${fact.id}`, title, description: plain(fact.text[lang]), answer: factAnswer(deps, fact, lang) };
  };

  if (query === "") {
    const asked = repo.topFacts(MAX_RESULTS).map((f) => f.factId);
    const ids = [...new Set([...asked, ...POPULAR_FACTS])].slice(0, MAX_RESULTS);
    for (const fact of ids.map((id) => kb.factById.get(id)).filter((f): f is Fact => f !== undefined)) offers.push(factOffer(fact));
    return offers;
  }
  const named = [...new Set(resolveCompareSubjects(kb, query, (t) => reader.subjectsIn(t)))].filter((id) => isComparable(kb, id));
  const comparing = named.length >= 2 || (named.length === 1 && COMPARE_WORDS.test(query));
  if (comparing) {
    const partner = named[1] === undefined ? defaultPartner(kb, named[0] as string) : undefined;
    const [a, b] = [named[0] as string, named[1] ?? partner?.subjectId ?? (named[0] as string)];
    if (a !== b) {
      const full = renderComparison(kb, compare(kb, a, b), lang, { reference: calc, ...(partner ? { partner } : {}) });
      // One message: when the whole answer does not fit, blocks before the credit and sources give way
      // (the note, then the figure rows…), never the headline, the credit or the sources.
      const blocks = [...full.blocks];
      while (packMessages(blocks, MESSAGE_LIMIT).length > 1 && blocks.length > 3) blocks.splice(blocks.length - 3, 1);
      const rendered = { ...full, blocks };
      const name = (id: string) => kb.subjectById.get(id)?.name[lang] ?? id;
      offers.push({
        id: `c:${a}:${b}`,
        title: t(lang).inline.compare(name(a), name(b)),
        description: plain(rendered.blocks[0] ?? "").split("\n")[1] ?? "",
        answer: rendered,
      });
    }
  }
  const calcQuery = parseCalcQuery(query);
  if (hasCalcParameters(calcQuery) && (calcQuery.gpus !== undefined || calcQuery.gpuHours !== undefined || hasCalcProblems(calcQuery))) {
    const outcome = hasCalcProblems(calcQuery)
      ? ({ kind: "problems", problems: calcQuery.problems } as const)
      : planCalculation(mergeParams(undefined, calcQuery), calc);
    const rendered = renderCalculation(outcome, calc, kb, lang);
    offers.push({
      id: "k",
      title: t(lang).inline.calc,
      description: plain(rendered.blocks[0] ?? "").split("\n")[1] ?? "",
      answer: rendered,
    });
  }
  const offered = (fact: Fact) => offers.some((o) => o.id === `f:${fact.id}`);
  const ranked = matcher.rank(query, MAX_RESULTS).filter((c) => c.score >= matcher.threshold);
  for (const { fact } of ranked) if (!offered(fact)) offers.push(factOffer(fact));
  // A model named alone ("grok 3"): its figures fill what is left, the curated ones first, then Epoch AI's.
  if (named.length === 1 && !comparing) {
    const facts = factsOf(kb, named[0] as string).filter((f) => f.claimType !== "press_report");
    for (const [, test] of MODEL_FIGURES) {
      const fact = facts.find((f) => test(f) && !offered(f));
      if (fact) offers.push(factOffer(fact));
    }
  }
  return offers.slice(0, MAX_RESULTS);
}

inline.on("inline_query", async (ctx) => {
  const offers = offersFor(ctx.deps, ctx.lang, ctx.inlineQuery.query);
  await ctx.answerInlineQuery(offers.map(article), { cache_time: INLINE_CACHE_SECONDS, is_personal: true });
});

/**
 * The result a user picked and sent (Telegram reports it only with inline feedback on, see README).
 * Queries are typed letter by letter, so the record is made here, for the message actually sent,
 * rather than for every partial query. It has no chat: Telegram does not say where it went.
 */
inline.on("chosen_inline_result", (ctx) => {
  const { result_id: resultId, query } = ctx.chosenInlineResult;
  const factId = resultId.startsWith("f:") ? resultId.slice(2) : undefined;
  const fact = factId === undefined ? undefined : ctx.deps.kb.factById.get(factId);
  const offer = fact
    ? { answer: factAnswer(ctx.deps, fact, ctx.lang) }
    : offersFor(ctx.deps, ctx.lang, query).find((o) => o.id === resultId);
  if (!offer) return; // an id from an older version of the bot: nothing reliable to record
  ctx.writes.recordAnswer({
    updateId: ctx.update.update_id,
    chatId: null,
    userId: ctx.from.id,
    messageId: null,
    question: query.slice(0, 256),
    lang: ctx.lang,
    status: "answered",
    matches: [],
    factIds: offer.answer.factIds,
    sourceIds: offer.answer.sourceIds,
    replyText: packMessages(offer.answer.blocks, MESSAGE_LIMIT)[0] ?? "",
  });
});
