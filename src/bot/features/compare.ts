import { Composer, InlineKeyboard, InputFile } from "grammy";
import {
  compare,
  defaultPartner,
  FIGURES,
  isComparable,
  missingFigures,
  profileOf,
  resolveCompareSubjects,
  type Partner,
} from "../../knowledge/compare.js";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.js";
import type { Measure } from "../../knowledge/measures.js";
import type { Reading } from "../../knowledge/reader/reading.js";
import { answerFacts } from "../answers.js";
import { CALLBACK_PATTERNS, callback } from "../callbacks.js";
import type { BotContext } from "../context.js";
import { saveConversation } from "../conversation.js";
import { listOf } from "../locales/index.js";
import { renderComparison } from "../render-compare.js";
import { recordAnswer, sendHtml } from "../reply.js";

export { resolveCompareSubjects } from "../../knowledge/compare.js";

/** Telegram's limit for a photo caption. */
export const CAPTION_LIMIT = 1024;

const POPULAR: [string, string][] = [
  ["deepseek-v3", "gpt-4"],
  ["deepseek-r1", "gpt-4"],
  ["grok-3", "gpt-4.5"],
  ["deepseek-v3", "llama-3.1-405b"],
  ["gpt-4", "gemini-ultra"],
];
/** Shown when a name is not understood: commands known to work. */
const EXAMPLES = ["/compare deepseek gpt4", "/compare grok 3 gpt-4.5"];

export const compareFeature = new Composer<BotContext>();

function pairKeyboard(ctx: BotContext, exclude?: [string, string]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const name = (id: string) => ctx.deps.kb.subjectById.get(id)?.name[ctx.lang] ?? id;
  for (const [a, b] of POPULAR) {
    if (!ctx.deps.kb.subjectById.has(a) || !ctx.deps.kb.subjectById.has(b)) continue;
    if (exclude && exclude[0] === a && exclude[1] === b) continue;
    keyboard.text(ctx.t.compare.pair(name(a), name(b)), callback.compare(a, b)).row();
  }
  return keyboard;
}

const examples = (ctx: BotContext) => listOf(ctx.lang, EXAMPLES);

/** Resolves what the user named into a pair, or answers why it cannot. Returns undefined when answered. */
async function resolvePair(ctx: BotContext, text: string): Promise<{ pair: [string, string]; partner?: Partner } | undefined> {
  const { kb } = ctx.deps;
  const m = ctx.t.compare;
  const named = resolveCompareSubjects(kb, text, (t) => ctx.deps.reader.subjectsIn(t));
  if (named.length >= 2 && named[0] === named[1]) {
    await ctx.reply(m.same);
    return undefined;
  }
  const [first, second] = named as [string | undefined, string | undefined];
  if (first === undefined) {
    await ctx.reply(m.unknown(examples(ctx)));
    return undefined;
  }
  if (second !== undefined) return { pair: [first, second] };
  const partner = kb.subjectById.get(first)?.kind === "model" ? defaultPartner(kb, first) : undefined;
  return partner ? { pair: [first, partner.subjectId], partner } : { pair: [first, first] };
}

/** The leading blocks that fit in a caption, and the rest for the follow-up message. */
export function splitCaption(blocks: string[], limit: number): { caption: string; remaining: string[] } {
  let caption = "";
  let taken = 0;
  for (const block of blocks) {
    const next = caption ? `${caption}\n\n${block}` : block;
    if (next.length > limit) break;
    caption = next;
    taken++;
  }
  return { caption, remaining: blocks.slice(taken) };
}

/** Whether a model has any of the figures a comparison charts (cost, compute, GPUs, GPU-hours, time, size, tokens). */
const hasChartFigures = (kb: KnowledgeBase, id: string) => missingFigures(profileOf(kb, id)).length < FIGURES.length;

/**
 * Says why two subjects cannot be compared, if they cannot: the same model twice, something that
 * is not a model, a model with no figure at all (naming what is missing). True when it answered.
 */
async function refuse(ctx: BotContext, a: string, b: string): Promise<boolean> {
  const { kb } = ctx.deps;
  const m = ctx.t.compare;
  const name = (id: string) => kb.subjectById.get(id)?.name[ctx.lang] ?? id;
  const notModel = [a, b].find((id) => kb.subjectById.get(id)?.kind !== "model");
  if (notModel !== undefined) {
    await ctx.reply(m.notComparable(name(notModel), examples(ctx)));
    return true;
  }
  if (a === b) {
    await ctx.reply(m.same);
    return true;
  }
  const empty = [a, b].filter((id) => !hasChartFigures(kb, id));
  if (empty.length) {
    const missing = listOf(
      ctx.lang,
      FIGURES.map((kind) => m.figureNames[kind]),
      "disjunction",
    );
    await ctx.reply(empty.map((id) => m.noFigures(name(id), missing)).join("\n"));
    return true;
  }
  return false;
}

/** What two subjects with no training figures to chart may share, the more telling first. */
const SIDE_BY_SIDE: Measure[] = [
  "api_price",
  "chip_price",
  "rental_price",
  "chip_spec",
  "valuation",
  "revenue",
  "capex",
  "funding",
  "investment",
  "market_value",
  "opex",
];

/**
 * Chips, companies, or models known only by their API prices ("/compare h100 h800", "/compare gemini-2.5-flash
 * gemini-2.0-flash"): the measure preferred if both have figures for it, else the first both have, each one's figures
 * in turn. False when they share none.
 */
export async function answerSideBySide(ctx: BotContext, a: string, b: string, question: string, prefer?: Measure): Promise<boolean> {
  const { planner } = ctx.deps;
  if (a === b) return false;
  const measure = [...(prefer ? [prefer] : []), ...SIDE_BY_SIDE].find(
    (m) => planner.factsFor(a, m).length > 0 && planner.factsFor(b, m).length > 0,
  );
  return measure !== undefined && answerFactsOfEach(ctx, [a, b], measure, question);
}

/**
 * Each subject's figures of one measure, one after the other, as a comparison: two subjects are saved as one, so
 * "and 1.5 flash?" goes on comparing on this measure. False when neither has a figure of it.
 */
export async function answerFactsOfEach(
  ctx: BotContext,
  subjects: [string, ...string[]],
  measure: Measure,
  question: string,
  reading?: Reading,
): Promise<boolean> {
  const facts = subjects.flatMap((id) => ctx.deps.planner.factsFor(id, measure).slice(0, 2));
  if (facts.length === 0) return false;
  await answerFacts(ctx, { kind: "facts", subject: subjects[0], measure, facts }, question, reading, undefined, "compare");
  const [a, b] = subjects;
  if (b !== undefined) saveConversation(ctx, { kind: "compare", subjects: [a, b], measure });
  return true;
}

/**
 * Sends the comparison of two models (subject ids): the chart as a photo with the start of the
 * answer as caption, the rest after it. Answers instead why, when they cannot be compared.
 * `partner`: set when only one was named and `b` was chosen for it, so the answer says so.
 */
export async function answerComparison(ctx: BotContext, a: string, b: string, question: string, partner?: Partner): Promise<void> {
  const { kb } = ctx.deps;
  const chartable = [a, b].every((id) => kb.subjectById.get(id)?.kind === "model" && hasChartFigures(kb, id));
  if (!chartable && (await answerSideBySide(ctx, a, b, question))) return;
  if (await refuse(ctx, a, b)) return;
  const rendered = renderComparison(ctx.deps.kb, compare(ctx.deps.kb, a, b), ctx.lang, {
    reference: ctx.deps.calc,
    ...(partner ? { partner } : {}),
  });
  const keyboard = pairKeyboard(ctx, [a, b]).text(ctx.t.common.sourcesButton, callback.sources());

  let photo: Buffer | undefined;
  try {
    photo = rendered.chart?.bars.length ? await ctx.deps.renderChart(rendered.chart) : undefined;
  } catch (error) {
    ctx.log.warn({ err: error }, "chart rendering failed; sending text only");
  }

  let rest = rendered.blocks;
  if (photo) {
    const { caption, remaining } = splitCaption(rendered.blocks, CAPTION_LIMIT);
    try {
      await ctx.replyWithPhoto(new InputFile(photo, "compare.png"), caption ? { caption, parse_mode: "HTML" } : {});
      rest = remaining;
    } catch (error) {
      ctx.log.warn({ err: error }, "sending the chart failed; sending text only");
    }
  }
  if (rest.length) await sendHtml(ctx, rest, keyboard);
  saveConversation(ctx, { kind: "compare", subjects: [a, b] });
  recordAnswer(ctx, {
    question,
    outcome: "compare",
    status: "answered",
    matches: [],
    factIds: rendered.factIds,
    sourceIds: rendered.sourceIds,
    replyText: rendered.blocks.join("\n\n"),
  });
}

compareFeature.command("compare", async (ctx) => {
  const args = ctx.match.trim();
  if (!args) return void (await ctx.reply(ctx.t.compare.usage, { reply_markup: pairKeyboard(ctx) }));
  const resolved = await resolvePair(ctx, args);
  if (resolved) await answerComparison(ctx, resolved.pair[0], resolved.pair[1], ctx.msg?.text ?? args, resolved.partner);
});

/** "how many times cheaper is DeepSeek than GPT-4?", "gpt4 vs r1", in either language: the same answer as /compare. */
compareFeature.callbackQuery(CALLBACK_PATTERNS.compare, async (ctx) => {
  const [, a, b] = ctx.match;
  if (!a || !b || !isComparable(ctx.deps.kb, a) || !isComparable(ctx.deps.kb, b)) {
    await ctx.answerCallbackQuery({ text: ctx.t.errors.staleButton });
    return;
  }
  await ctx.answerCallbackQuery();
  await answerComparison(ctx, a, b, `[button] compare ${a} ${b}`);
});
