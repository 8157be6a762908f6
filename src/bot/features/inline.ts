import { Composer } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import { hasCalcParameters, parseCalcQuery } from "../../calc/parse.js";
import { mergeParams, planCalculation } from "../../calc/plan.js";
import { compare, isComparable } from "../../knowledge/compare.js";
import type { Fact } from "../../knowledge/schema.js";
import type { BotContext } from "../context.js";
import { factLabel, MESSAGE_LIMIT, packMessages, renderFactAnswer, type RenderedAnswer } from "../render.js";
import { renderCalculation } from "../render-calc.js";
import { renderComparison } from "../render-compare.js";
import { COMPARE_WORDS } from "./compare.js";

/** `@bot …` in any chat: a handful of ready messages, each complete with its sources. */
export const inline = new Composer<BotContext>();

/** Short, so new facts and corrections show up quickly; per user, because answers follow their language. */
export const INLINE_CACHE_SECONDS = 10;
const MAX_RESULTS = 5;
const POPULAR_FACTS = ["article-v3-6m", "v3-training-cost", "gpt4-altman", "r1-training-cost", "ds-fleet"];

const TEXT = {
  ru: { compare: (a: string, b: string) => `Сравнение: ${a} и ${b}`, calc: "Расчёт стоимости", withSources: "с источниками" },
  en: { compare: (a: string, b: string) => `Comparison: ${a} vs ${b}`, calc: "Cost calculation", withSources: "with sources" },
} as const;

/** One article; the message must fit in one Telegram message, so it is cut between blocks if need be. */
function article(id: string, title: string, description: string, answer: RenderedAnswer): InlineQueryResultArticle {
  const [text] = packMessages(answer.blocks, MESSAGE_LIMIT);
  return {
    type: "article",
    id,
    title: title.slice(0, 100),
    description: description.slice(0, 200),
    input_message_content: { message_text: text ?? "", parse_mode: "HTML", link_preview_options: { is_disabled: true } },
  };
}

const plain = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

inline.on("inline_query", async (ctx) => {
  const { kb, matcher, subjects, calc, repo } = ctx.deps;
  const lang = ctx.lang;
  const query = ctx.inlineQuery.query.trim().slice(0, 256);
  const results: InlineQueryResultArticle[] = [];
  const factArticle = (fact: Fact) => {
    const answer = renderFactAnswer(kb, fact, lang);
    return article(`f:${fact.id}`, factLabel(fact, lang, 100), plain(fact.text[lang]), answer);
  };

  if (query === "") {
    const asked = repo.topFacts(MAX_RESULTS).map((f) => f.factId);
    const ids = [...new Set([...asked, ...POPULAR_FACTS])].slice(0, MAX_RESULTS);
    for (const fact of ids.map((id) => kb.factById.get(id)).filter((f): f is Fact => f !== undefined)) results.push(factArticle(fact));
  } else {
    const named = subjects.subjects(query).filter((id) => isComparable(kb, id));
    if (named.length >= 2 || (named.length === 1 && COMPARE_WORDS.test(query))) {
      const [a, b] = [named[0] as string, named[1] ?? (named[0] === "gpt-4" ? "deepseek-v3" : "gpt-4")];
      if (a !== b) {
        const rendered = renderComparison(kb, compare(kb, a, b), lang);
        const name = (id: string) => kb.subjectById.get(id)?.name[lang] ?? id;
        results.push(article(`c:${a}:${b}`, TEXT[lang].compare(name(a), name(b)), plain(rendered.blocks[0] ?? "").split("\n")[1] ?? "", rendered));
      }
    }
    const calcQuery = parseCalcQuery(query);
    if (hasCalcParameters(calcQuery) && (calcQuery.gpus !== undefined || calcQuery.gpuHours !== undefined || calcQuery.problems.length > 0)) {
      const outcome = calcQuery.problems.length ? ({ kind: "problems", problems: calcQuery.problems } as const) : planCalculation(mergeParams(undefined, calcQuery), calc);
      const rendered = renderCalculation(outcome, calc, kb, lang);
      results.push(article("k", TEXT[lang].calc, plain(rendered.blocks[0] ?? "").split("\n")[1] ?? "", rendered));
    }
    const ranked = matcher.rank(query, MAX_RESULTS).filter((c) => c.score >= matcher.threshold);
    for (const { fact } of ranked) results.push(factArticle(fact));
  }

  await ctx.answerInlineQuery(results.slice(0, MAX_RESULTS), { cache_time: INLINE_CACHE_SECONDS, is_personal: true });
});
